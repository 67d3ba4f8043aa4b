# One interface target with the project's compile discipline; every target links it.
add_library(mlops_strict INTERFACE)
target_compile_options(mlops_strict INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wimplicit-fallthrough -Wno-missing-field-initializers
  $<$<BOOL:${MLOPS_WERROR}>:-Werror>)
target_compile_definitions(mlops_strict INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400 QT_NO_FOREACH)
if(MLOPS_SANITIZE)
  target_compile_options(mlops_strict INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(mlops_strict INTERFACE -fsanitize=address,undefined)
endif()
