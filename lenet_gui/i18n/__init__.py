"""The app's translations: Qt Linguist sources (.ts, edited) and their compiled .qm (built, not kept in git)."""
