#pragma once
// Registers the icons of resources/icons/icons.qrc (compiled into the static mlops_ui
// library, so they must be initialised explicitly). Idempotent; call before using
// ":/icons/…" — MainWindow and the pages do.

namespace mlops::ui {

void ensureUiResources();

}  // namespace mlops::ui
