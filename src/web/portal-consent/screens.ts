/** The e-consent chunk: everything the portal loads only when it has consent to show. */
export { ConsentPage } from './ConsentPage.tsx';
export { ConsentsDue } from './ConsentsDue.tsx';
