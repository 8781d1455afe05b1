/** The files chosen in a file input; the input is emptied so that choosing the same file again is noticed. */
export function takeFiles(input: HTMLInputElement): File[] {
  const files = [...(input.files ?? [])];
  input.value = '';
  return files;
}
