"""The Gradients panel's data: each parameter's gradient norm and one weight's update, step by step."""

from __future__ import annotations

from collections.abc import Callable

from ..core.session import Session
from .gradient_view import GradientView

WATCHED = "conv1.bias"  # the parameter whose gradient the panel always shows in full


class GradientPresenter:
    """Follows the parameter whose element 0 the Gradients panel shows updated (old − lr × grad)."""

    def __init__(self, session: Callable[[], Session], view: GradientView) -> None:
        self._session = session
        self.view = view
        self.inspected = WATCHED  # the parameter whose element 0 the Gradients panel follows
        self.inspected_old: float | None = None
        self._inspected_view: tuple | None = None  # (net, name, numpy view of the parameter)

    def forget(self) -> None:
        """The weights changed other than by a step: no update to show until the next one."""
        self.inspected_old = None

    def new_session(self) -> None:
        """Another session (and net): nothing of the old one is kept."""
        self._inspected_view = None

    def _parameter(self, name: str):
        return dict(self._session().net.named_parameters()).get(name)

    def remember(self) -> None:
        """Note the followed value before a step (runs before every step)."""
        # Look the parameter up once and keep a numpy view of it (it shares the weights'
        # memory), so reading its first element costs next to nothing.
        net, cached = self._session().net, self._inspected_view
        if cached is None or cached[0] is not net or cached[1] != self.inspected:
            p = self._parameter(self.inspected)
            cached = (net, self.inspected, p.detach().view(-1).numpy() if p is not None else None)
            self._inspected_view = cached
        self.inspected_old = float(cached[2][0]) if cached[2] is not None else None

    def set_inspected(self, name: str) -> None:
        self.inspected = name
        self.inspected_old = None

    def show(self) -> None:
        """Hand the panel the gradients as they are now."""
        session = self._session()
        params = dict(session.net.named_parameters())
        if self.inspected not in params:
            self.inspected, self.inspected_old = WATCHED, None
        self.view.set_parameters(list(params), self.inspected)
        rows, stepped = [], len(session.trainer.history) > 0
        for name, p in params.items():
            norm = float(p.grad.norm()) if p.grad is not None else 0.0
            rows.append((name, tuple(p.shape), norm))
        watched = params[WATCHED].grad
        watch = watched.detach().numpy().copy() if watched is not None and stepped else None
        self.view.set_gradients(rows if stepped else [], WATCHED, watch)
        p = params[self.inspected]
        if self.inspected_old is None or p.grad is None:
            self.view.set_update(None)
            return
        self.view.set_update({
            "name": f"{self.inspected}[0]", "old": self.inspected_old,
            "grad": float(p.grad.view(-1)[0]), "lr": session.trainer.lr,
            "new": float(p.detach().view(-1)[0]),
        })
