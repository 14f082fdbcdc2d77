# CPack: DEB here, WIX (MSI) and DragNDrop (DMG) on their platforms. Filled in by the packaging work.
