"""The Tutorial console's snippet titles show whole in a narrow list, wrapped rather than cut off."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QListWidget

from lenet_gui.ui.tutorial_console import TutorialConsole


def test_long_titles_wrap_inside_a_narrow_list(qtbot):
    console = TutorialConsole()
    qtbot.addWidget(console)
    titles = ["The network", "A random 32x32 input through the network, then a loss against a target",
              "Update the weights by hand, the way the tutorial writes it"]
    console.set_snippets([(t, "pass", "") for t in titles])
    console.resize(520, 400)
    console.show()
    qtbot.waitExposed(console)
    listing = console.findChild(QListWidget, "snippet_list")
    width = listing.viewport().width()
    assert width < listing.fontMetrics().horizontalAdvance(titles[1])  # the case to handle
    qtbot.waitUntil(lambda: listing.horizontalScrollBar().maximum() == 0)  # nothing off to the side
    for row in range(listing.count()):
        item = listing.item(row)
        rect = listing.visualItemRect(item)
        needed = listing.fontMetrics().boundingRect(QRect(0, 0, width, 10_000),
                                                    int(Qt.TextFlag.TextWordWrap), item.text())
        assert rect.right() <= width and rect.height() >= needed.height(), item.text()
