/** Path containment, the one test every folder rule of the generator uses (inputs, `--out`). */
import path from 'node:path';

/** Whether `inner` lies strictly inside the folder `outer` (absolute paths). A file named `..x` is inside. */
export function isInside(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel !== '' && rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel);
}
