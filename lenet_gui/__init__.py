"""lenet-gui: draw a digit and watch the PyTorch tutorial's LeNet see it and learn."""

__version__ = "0.1.0"
