"""The brand-voice guide: its spec, the guide rendered from it, and the draft checker."""
