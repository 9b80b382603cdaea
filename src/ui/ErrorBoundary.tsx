import { Component, type ReactNode } from "react";

interface Props {
  /** What to show instead of the part that failed; receives the error message. */
  fallback: (message: string) => ReactNode;
  children: ReactNode;
}

/** Keeps one failing part from taking the page down with it. */
export class ErrorBoundary extends Component<Props, { message: string | null }> {
  state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  componentDidCatch(error: unknown) {
    console.warn("A part of the atlas failed:", error);
  }

  render() {
    return this.state.message === null
      ? this.props.children
      : this.props.fallback(this.state.message);
  }
}
