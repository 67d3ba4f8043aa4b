#include "uiresources.h"

#include <QtGlobal>

static void initIconsResource()
{
    Q_INIT_RESOURCE(icons);
}

namespace mlops::ui {

void ensureUiResources()
{
    static const bool done = [] {
        initIconsResource();
        return true;
    }();
    Q_UNUSED(done);
}

}  // namespace mlops::ui
