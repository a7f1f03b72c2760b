"""Development tooling, never imported by the running site: the demo, benchmarks, throwaway servers."""
