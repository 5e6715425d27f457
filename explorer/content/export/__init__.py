"""Publishing what the explorer holds in other formats: TimelineJS JSON and its spreadsheet CSV."""
