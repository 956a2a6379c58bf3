/** "Skip to main content": hidden until focused with the keyboard. */
export function SkipLink({ target }: { target: string }) {
  return (
    <a href={`#${target}`} className="threshold-skip-link">
      Skip to main content
    </a>
  );
}
