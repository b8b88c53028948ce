#pragma once

#include <google/protobuf/descriptor.h>

#include <QString>

#include "domain/report_types.h"

namespace lampid::edge::ui {

// What staff read for an enum value of the report model, in the UI language ("Perempuan" / "Female").
// The stored value stays the enum; only the words change with the language. For a value the table does
// not know, returns the value's JSON name (tests check every value of the model has a label).
QString EnumLabel(const google::protobuf::EnumDescriptor* type, int number);
// The Bahasa Indonesia words whatever the UI language (official papers: the receipt).
QString EnumLabelIndonesian(const google::protobuf::EnumDescriptor* type, int number);
bool HasEnumLabel(const google::protobuf::EnumDescriptor* type, int number);

QString KindLabel(domain::ReportKind kind);
QString SyncStateLabel(domain::SyncState state);
QString WorkflowStateLabel(domain::WorkflowState state);

}  // namespace lampid::edge::ui
