#pragma once
// CorpusCase: how to compile one entry pipeline of the shared corpus
// (MLOPS_SHARED_DIR/corpus/pipelines, see its MANIFEST.md): the repository mappings the
// MANIFEST names (alias mlops-templates → Azure__mlops-templates), values for required
// runtime parameters, and the relocation the mlops-project-template pipelines need (the
// mlops-v2 bootstrap copies one sub-tree plus config-infra-*.yml to the root of a new
// repository; only then do their `../../config-infra-*.yml` references resolve).

#include "core/pipeline/compiler/pipelinecompiler.h"

#include <QMap>
#include <QString>
#include <QStringList>

class QTemporaryDir;

struct CorpusEntry {
    QString path;                  // relative to the corpus folder
    QStringList unresolvable;      // the MANIFEST's "Unresolvable references" of the file
};

class CorpusCase {
public:
    static QString corpusDir();
    // Every `pipeline (…)` entry of MANIFEST.md, in MANIFEST order.
    static QList<CorpusEntry> entries();

    // Prepares `entry` (relocating into `scratch` when needed); returns the file to
    // compile and fills `options`. Empty string when the corpus file is missing.
    static QString prepare(const QString &entry, QTemporaryDir &scratch, mlops::pipeline::CompileOptions *options);

    // The repository aliases that MANIFEST.md names as private ("path@alias (external
    // repository, not in corpus)"), over all its files.
    static QStringList privateRepositories();
};
