/** A package's tarball unpacked on disk, as the checks of published tarballs read it. */
export interface PackedPackage {
  /** Where the tarball is unpacked: the package root, as under `node_modules/<name>`. */
  directory: string;
  /** The tarball's entries, `/`-separated paths inside the package. */
  files: readonly string[];
}
