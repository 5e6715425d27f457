"""The zoomable timeline: view, painter, marks, axis, overview strip, list and page."""
