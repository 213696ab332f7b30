"""Reading raw input: files and collections, checked, decoded and normalized into records."""
