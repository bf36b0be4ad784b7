"""Zooming a map with the mouse wheel, around the pointer, and back with a double click."""

from __future__ import annotations

from typing import Any

from ...services.map.picture import MAP_AXES

STEP = 1.25  # one notch of the wheel
CLOSEST = 0.004  # degrees of latitude shown at most zoom: a few streets


def enable_wheel_zoom(canvas: Any) -> None:
    """The map's axes zoom on ``canvas``'s wheel events; a double click shows it whole."""
    home: dict[int, tuple[tuple[float, float], tuple[float, float]]] = {}

    def axes_under(event):
        axes = event.inaxes
        return axes if axes is not None and axes.get_label() == MAP_AXES else None

    def on_scroll(event) -> None:
        axes = axes_under(event)
        if axes is None or event.xdata is None:
            return
        home.setdefault(id(axes), (axes.get_xlim(), axes.get_ylim()))
        factor = 1 / STEP if event.button == "up" else STEP
        (x0, x1), (y0, y1) = axes.get_xlim(), axes.get_ylim()
        if factor < 1 and (y1 - y0) * factor < CLOSEST:
            return
        whole_height = home[id(axes)][1][1] - home[id(axes)][1][0]
        if factor > 1 and (y1 - y0) * factor >= whole_height:
            show_whole(axes)
        else:
            x, y = event.xdata, event.ydata
            axes.set_xlim(x - (x - x0) * factor, x + (x1 - x) * factor)
            axes.set_ylim(y - (y - y0) * factor, y + (y1 - y) * factor)
        canvas.draw_idle()

    def on_press(event) -> None:
        axes = axes_under(event)
        if axes is None or not event.dblclick or id(axes) not in home:
            return
        show_whole(axes)
        canvas.draw_idle()

    def show_whole(axes) -> None:
        xlim, ylim = home[id(axes)]
        axes.set_xlim(*xlim)
        axes.set_ylim(*ylim)

    canvas.mpl_connect("scroll_event", on_scroll)
    canvas.mpl_connect("button_press_event", on_press)
