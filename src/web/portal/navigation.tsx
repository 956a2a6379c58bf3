/**
 * The portal's router: its handful of addresses need a path match, the token from it, a way to
 * move to another address and a link, nothing of react-router's (about 11 KB gzipped of the portal's
 * budget, docs/PERFORMANCE.md). The names match react-router's so screens read the same.
 */
import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useState,
} from 'react';

type Params = Readonly<Record<string, string | undefined>>;
type Navigate = (to: string, options?: { replace?: boolean }) => void;

interface Navigation {
  params: Params;
  navigate: Navigate;
}

const NavigationContext = createContext<Navigation | null>(null);

function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('A portal screen rendered outside <PortalRouter>');
  return nav;
}

/** The named parts (`:token`) of the current address. */
export function useParams(): Params {
  return useNavigation().params;
}

export function useNavigate(): Navigate {
  return useNavigation().navigate;
}

/** A malformed escape (`%E0`) is kept as written; the server then answers that the link is unknown. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `pattern`'s `:name` parts read from `path` (a trailing slash ignored), or null when it does not match. */
export function matchPath(pattern: string, path: string): Params | null {
  const want = pattern.split('/');
  const got = (path.length > 1 ? path.replace(/\/+$/, '') : path).split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i] ?? '';
    if (part.startsWith(':')) {
      if (!value) return null;
      params[part.slice(1)] = decoded(value);
    } else if (part !== value) return null;
  }
  return params;
}

interface Screen {
  path: string;
  Screen: () => ReactNode;
}

/** Shows the screen whose path matches the address; any other address is replaced by `fallback`. */
export function PortalRouter({ screens, fallback }: { screens: readonly Screen[]; fallback: string }) {
  const [path, setPath] = useState(() => window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate: Navigate = (to, options) => {
    if (options?.replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
    setPath(new URL(to, window.location.href).pathname);
  };
  const match = screens
    .map((s) => ({ Screen: s.Screen, params: matchPath(s.path, path) }))
    .find((m) => m.params !== null);
  useEffect(() => {
    if (!match) navigate(fallback, { replace: true });
  });
  if (!match?.params) return null;
  const { Screen: Current, params } = match;
  return (
    <NavigationContext.Provider value={{ params, navigate }}>
      <Current key={path} />
    </NavigationContext.Provider>
  );
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** A link within the portal: moves without reloading the page on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const { navigate } = useNavigation();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (event.defaultPrevented || !plain || (rest.target && rest.target !== '_self')) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}
