#pragma once

// The report model is the protobuf message generated from sync-protocol/lampid/report/v1/report.proto:
// one definition for the store, the wire and JSON. These aliases keep the generated namespace out of the
// rest of the code.
#include "lampid/report/v1/report.pb.h"

namespace lampid::domain {

namespace pb = ::lampid::report::v1;

using Report = pb::Report;
using Kelahiran = pb::Kelahiran;
using Kematian = pb::Kematian;
using Perpindahan = pb::Perpindahan;
using Address = pb::Address;
using Parent = pb::Parent;
using Reporter = pb::Reporter;
using Witness = pb::Witness;
using Deceased = pb::Deceased;
using MovingMember = pb::MovingMember;
using ReportKind = pb::ReportKind;
using Sex = pb::Sex;
using SyncState = pb::SyncState;
using WorkflowState = pb::WorkflowState;

}  // namespace lampid::domain
