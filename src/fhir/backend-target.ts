import type { BackendConfig } from '../config';

/** A configured backend with its base URL parsed once. */
export class BackendTarget {
  readonly name: string;
  readonly config: BackendConfig;
  /** Scheme, host and port of the base URL, as in `URL.origin`. */
  readonly origin: string;
  private readonly basePath: string;

  constructor(config: BackendConfig) {
    const base = new URL(config.baseUrl);
    this.name = config.name;
    this.config = config;
    this.origin = base.origin;
    this.basePath = base.pathname.replace(/\/+$/, '');
  }

  /**
   * Returns true when `url` has this backend's origin and its path is the
   * base path or below it. Only such URLs get this backend's credentials.
   * The WHATWG URL parser has already removed `.` and `..` segments.
   */
  contains(url: URL): boolean {
    if (url.origin !== this.origin) {
      return false;
    }
    const path = url.pathname;
    return path === this.basePath || path.startsWith(`${this.basePath}/`);
  }

  /** Returns the path of `url` below the base path, without a leading "/". */
  relativePath(url: URL): string {
    return url.pathname.slice(this.basePath.length).replace(/^\/+/, '');
  }

  /** Builds `<base>/<path>` from segments already checked to be URL-safe. */
  url(path: string, query = ''): URL {
    const search = query === '' ? '' : `?${query}`;
    return new URL(`${this.config.baseUrl}/${path}${search}`);
  }
}
