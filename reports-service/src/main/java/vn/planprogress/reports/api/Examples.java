package vn.planprogress.reports.api;

/** Example bodies for the OpenAPI document: the seed plan as of 2022-11-12. */
final class Examples {

    static final String REPORT = """
            {"planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10", "planNumber": "1/KH-SKHCN",
             "planTitle": "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ", "year": 2022,
             "periods": ["2022"], "asOf": "2022-11-12T03:00:00Z", "reportDate": "2022-11-12",
             "tasksByStatus": {"total": 6, "done": 1, "inProgress": 2, "notStarted": 1, "overdue": 2},
             "tasks": [{"code": "III.3", "title": "Tuyên truyền thông qua xuất bản 06 bản tin, 36 Chuyên mục khoa học và công nghệ",
                        "leadUnits": [{"code": "TTUDDV", "name": "Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ", "status": "IN_PROGRESS"}],
                        "coordinatingUnits": ["HCTH", "KHTC"],
                        "schedule": {"kind": "CONTINUOUS", "label": "Thường xuyên trong năm", "from": "2022-01-01", "to": "2022-12-31"},
                        "status": "IN_PROGRESS",
                        "indicators": [{"code": "CM", "name": "Chuyên mục khoa học và công nghệ", "unitOfMeasure": "chuyên mục",
                                        "target": 36, "achieved": 34, "percent": 94.44,
                                        "parts": [{"code": "PT", "name": "Chuyên mục trên sóng phát thanh", "target": 12, "achieved": 12, "percent": 100.00},
                                                  {"code": "TH", "name": "Chuyên mục trên sóng truyền hình", "target": 12, "achieved": 12, "percent": 100.00},
                                                  {"code": "BAO", "name": "Chuyên mục trên Báo Quảng Ngãi", "target": 12, "achieved": 10, "percent": 83.33}]}]}],
             "completeness": {"counts": {"expected": 7, "received": 5, "onTime": 4, "late": 1, "missing": 2},
                              "missingUnits": [{"code": "QLTC", "name": "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "tasks": [{"taskCode": "III.5", "period": "2022"}]}],
                              "lateUnits": [{"code": "HCTH", "name": "Phòng Hành chính - Tổng hợp", "tasks": [{"taskCode": "III.4", "period": "2022"}]}],
                              "submissions": [{"taskCode": "III.5", "unitCode": "QLTC", "period": "2022", "unitDeadline": "2022-11-10", "outcome": "MISSING"}]},
             "difficulties": [{"unitCode": "TTUDDV", "unitName": "Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ", "taskCode": "III.3", "period": "2022", "text": "Kinh phí hạn chế"}],
             "proposals": [{"unitCode": "TTUDDV", "unitName": "Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ", "taskCode": "III.3", "period": "2022", "text": "Đề nghị bổ sung kinh phí"}],
             "document": {"issuer": {"code": "SKHCN", "name": "Sở Khoa học và Công nghệ"}, "parentBody": "Ủy ban nhân dân tỉnh Quảng Ngãi",
                          "place": "Quảng Ngãi", "consolidationUnit": {"code": "HCTH", "name": "Phòng Hành chính - Tổng hợp"},
                          "recipients": ["UBND tỉnh (b/cáo)", "Sở Thông tin và Truyền thông", "Lưu: VT, HCTH"],
                          "signerTitle": "GIÁM ĐỐC", "signerName": "Nguyễn Văn Thành"}}""";

    static final String SNAPSHOT_SUMMARY = """
            {"id": "5a1f7c2e-9d3b-4e8a-b6c0-1f2e3d4c5b6a", "planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10",
             "planNumber": "1/KH-SKHCN", "period": "2022", "kind": "CONSOLIDATED", "trigger": "consolidated-reports/2022",
             "asOf": "2022-11-10T23:30:00Z", "createdAt": "2022-11-10T23:30:04Z", "createdBy": "scheduler"}""";


    static final String SNAPSHOT_REQUEST = """
            {"period": "2022", "asOf": "2022-11-12T10:00:00+07:00"}""";

    static final String JOB_RUN = """
            {"id": "7e0b1d2c-3a4f-4b5c-8d9e-0f1a2b3c4d5e", "jobName": "daily-snapshots", "scheduledFor": "2022-11-11T23:00:00Z",
             "attempt": 1, "startedBy": "scheduler", "startedAt": "2022-11-11T23:00:02Z", "finishedAt": "2022-11-11T23:00:05Z",
             "outcome": "SUCCEEDED",
             "produced": [{"type": "SNAPSHOT", "id": "5a1f7c2e-9d3b-4e8a-b6c0-1f2e3d4c5b6a", "planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10",
                           "planNumber": "1/KH-SKHCN"}]}""";


    static final String ROLLUP = """
            {"parentPlanNumber": "34/KH-UBND", "asOf": "2022-11-12T03:00:00Z",
             "plans": [{"planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10", "planNumber": "1/KH-SKHCN",
                        "planTitle": "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ",
                        "ownerUnit": {"code": "SKHCN", "name": "Sở Khoa học và Công nghệ"},
                        "tasksByStatus": {"total": 6, "done": 1, "inProgress": 2, "notStarted": 1, "overdue": 2},
                        "completeness": {"expected": 7, "received": 5, "onTime": 4, "late": 1, "missing": 2},
                        "missingUnits": [{"code": "QLTC", "name": "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng"}]}],
             "tasksByStatus": {"total": 6, "done": 1, "inProgress": 2, "notStarted": 1, "overdue": 2},
             "completeness": {"expected": 7, "received": 5, "onTime": 4, "late": 1, "missing": 2}}""";

    private Examples() {
    }
}
