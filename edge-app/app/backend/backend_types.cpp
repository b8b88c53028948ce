#include "edge-app/app/backend/backend_types.h"

#include "edge-app/app/backend/store_worker.h"
#include "edge-app/app/backend/sync_worker.h"

namespace lampid::edge::ui {

void RegisterBackendTypes() {
  qRegisterMetaType<StoreHandle>();
  qRegisterMetaType<OpenOutcome>();
  qRegisterMetaType<LoginOutcome>();
  qRegisterMetaType<SetupOutcome>();
  qRegisterMetaType<SaveRequest>();
  qRegisterMetaType<SaveOutcome>();
  qRegisterMetaType<ListAnswer>();
  qRegisterMetaType<ReportDetail>();
  qRegisterMetaType<ServerUser>();
  qRegisterMetaType<SyncSummary>();
  qRegisterMetaType<std::vector<ServerUser>>();
  qRegisterMetaType<std::vector<store::KindMonthCount>>();
  qRegisterMetaType<store::SyncCounts>();
  qRegisterMetaType<ReportQuery>();
  qRegisterMetaType<domain::Report>();
  qRegisterMetaType<LoginData>();
  qRegisterMetaType<SetupData>();
  qRegisterMetaType<std::vector<ReportListRow>>();
  qRegisterMetaType<std::vector<store::StoredReport>>();
}

}  // namespace lampid::edge::ui
