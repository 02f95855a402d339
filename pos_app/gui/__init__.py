"""The till window and kiosk (PySide6). Nothing outside this package imports Qt."""
