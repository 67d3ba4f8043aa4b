mlops_add_test(test_logview SOURCES tests/ui/test_logview.cpp LIBS mlops_ui)
