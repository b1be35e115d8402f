// Files cross the API as base64 text (the same over IPC and HTTP); core works on bytes.
export const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

export const toFileOutput = (file: { fileName: string; bytes: Uint8Array }): { fileName: string; contentBase64: string } => ({
  fileName: file.fileName,
  contentBase64: Buffer.from(file.bytes).toString('base64'),
});
