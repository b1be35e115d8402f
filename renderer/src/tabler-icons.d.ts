// One icon per file (see components/icons.ts); each file's default export is an ordinary Tabler icon component.
declare module '@tabler/icons-react/dist/esm/icons/*.mjs' {
  const icon: import('@tabler/icons-react').Icon;
  export default icon;
}
