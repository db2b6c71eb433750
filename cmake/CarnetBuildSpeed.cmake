# Build speed, without changing what is checked (included at the end of the top-level
# CMakeLists.txt, once every target exists). See README.md, "Building by hand".
#
# 1. Precompiled Qt headers for the libraries that hold most translation units (carnet_core,
#    carnet_cli, carnet_ui): parsing the Qt headers is most of the time of each small file, and
#    a precompiled header halves the time of these libraries (g++ and clang++). Tests keep
#    plain headers (one file per test: a precompiled header per test costs more than it saves).
#    -DCARNET_PCH=OFF checks that every file includes what it uses.
# 2. In an optimised build (Release: the .deb), the tests themselves are compiled without
#    optimisation: they still run against the optimised libraries, with the same warnings as
#    errors, in less time.
# 3. CARNET_TESTS_CHECK_ONLY (CI's g++ build, whose tests already ran on the clang++ ASan
#    build): the tests are only checked by the compiler (-fsyntax-only, warnings are errors),
#    neither compiled to code nor linked; their programs are empty files, so do not run ctest
#    in such a build.
option(CARNET_PCH "Precompile the Qt headers of carnet_core, carnet_cli and carnet_ui" ON)
option(CARNET_FAST_TESTS "Compile the tests with -O0 in optimised builds" ON)
option(CARNET_TESTS_CHECK_ONLY "Only check the tests with the compiler (no code, no link)" OFF)

if(CARNET_PCH)
    # QtCore and QtSql only: carnet_core must stay headless (tests/core/TestCoreIsHeadless).
    set(carnet_pch_core
        <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
        <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QLocale> <QMap>
        <QObject> <QRegularExpression> <QSet> <QSqlDatabase> <QSqlError> <QSqlQuery> <QString>
        <QStringList> <QTextStream> <QVariant>
        <algorithm> <functional> <map> <memory> <optional> <utility> <vector>)
    set(carnet_pch_widgets
        <QAction> <QApplication> <QComboBox> <QDateEdit> <QDialog> <QDialogButtonBox>
        <QFormLayout> <QGroupBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit>
        <QListWidget> <QPushButton> <QSpinBox> <QTableView> <QUndoStack> <QVBoxLayout>
        <QWidget>)
    target_precompile_headers(carnet_core PRIVATE ${carnet_pch_core})
    target_precompile_headers(carnet_cli PRIVATE ${carnet_pch_core})
    target_precompile_headers(carnet_ui PRIVATE ${carnet_pch_core} ${carnet_pch_widgets})
endif()

function(carnet_targets_in directory result)
    get_property(targets DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirectories DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        carnet_targets_in(${subdirectory} more)
        list(APPEND targets ${more})
    endforeach()
    set(${result} ${targets} PARENT_SCOPE)
endfunction()

if(CARNET_BUILD_TESTS)
    carnet_targets_in(${PROJECT_SOURCE_DIR}/tests test_targets)
    foreach(target IN LISTS test_targets)
        get_target_property(type ${target} TYPE)
        if(NOT type STREQUAL "EXECUTABLE")
            continue()
        endif()
        if(CARNET_TESTS_CHECK_ONLY)
            set_target_properties(${target} PROPERTIES
                CXX_COMPILER_LAUNCHER ${PROJECT_SOURCE_DIR}/cmake/check-only-compile
                CXX_LINKER_LAUNCHER ${PROJECT_SOURCE_DIR}/cmake/check-only-link)
        elseif(CARNET_FAST_TESTS AND CMAKE_BUILD_TYPE MATCHES "^(Release|MinSizeRel)$")
            target_compile_options(${target} PRIVATE -O0)
        endif()
    endforeach()
endif()
