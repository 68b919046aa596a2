/** Vite's `?url` imports: the address of a file copied into the build (content-hashed). */
declare module '*?url' {
  const url: string;
  export default url;
}
