// Placeholder until the cells work lands: ```js run fences stay as static code.
export function remarkRunCells() {
  return () => {};
}
