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
                                        "measure": "NUMBER", "direction": "INCREASE", "aggregation": "SUM", "target": 36, "achieved": 34, "percent": 94.44,
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

    /** Quarter II of a quarterly + six-month + yearly plan on cut-off windows (Nghị định 09/2019), as of 10/07/2023. */
    static final String CUT_OFF_QUARTER = """
            {"planId": "5c2d7e10-2023-4c0f-9a11-0c07c0f2023a", "planNumber": "12/KH-SNV",
             "planTitle": "Cải cách hành chính năm 2023 của Sở Nội vụ", "year": 2023, "period": "2023-Q2",
             "periods": ["2023-Q2"], "asOf": "2023-07-10T03:00:00Z", "reportDate": "2023-07-10",
             "tasksByStatus": {"total": 3, "done": 1, "inProgress": 1, "notStarted": 1, "overdue": 0},
             "tasks": [{"code": "1", "title": "Kiểm soát thủ tục hành chính, giải quyết hồ sơ đúng hạn",
                        "leadUnits": [{"code": "HCTH", "name": "Phòng Hành chính - Tổng hợp", "status": "IN_PROGRESS"},
                                      {"code": "CCHC", "name": "Phòng Cải cách hành chính", "status": "IN_PROGRESS"}],
                        "coordinatingUnits": [],
                        "schedule": {"kind": "CONTINUOUS", "label": "Thường xuyên trong năm", "from": "2023-01-01", "to": "2023-12-31"},
                        "status": "IN_PROGRESS",
                        "indicators": [{"code": "TL", "name": "Tỷ lệ hồ sơ giải quyết đúng hạn", "unitOfMeasure": "%", "measure": "PERCENT",
                                        "direction": "INCREASE", "aggregation": "LATEST",
                                        "baseline": {"value": 88.5, "year": 2022, "note": "Báo cáo năm 2022"},
                                        "target": 95, "achieved": 91, "percent": 95.79, "parts": [],
                                        "units": [{"unitCode": "HCTH", "unitName": "Phòng Hành chính - Tổng hợp", "value": 92},
                                                  {"unitCode": "CCHC", "unitName": "Phòng Cải cách hành chính", "value": 90}]},
                                       {"code": "HS", "name": "Hồ sơ tiếp nhận (lũy kế)", "unitOfMeasure": "hồ sơ", "measure": "NUMBER",
                                        "direction": "INCREASE", "aggregation": "LATEST", "target": 500, "achieved": 480, "percent": 96.00,
                                        "parts": []},
                                       {"code": "KQ", "name": "Kết quả triển khai cơ chế một cửa liên thông", "measure": "QUALITATIVE",
                                        "direction": "INCREASE", "aggregation": "SUM", "reported": true, "parts": [],
                                        "units": [{"unitCode": "HCTH", "unitName": "Phòng Hành chính - Tổng hợp",
                                                   "text": "Đã triển khai một cửa liên thông tại 3 phòng"}]},
                                       {"code": "TG", "name": "Thời gian giải quyết hồ sơ trung bình", "unitOfMeasure": "ngày",
                                        "measure": "NUMBER", "direction": "DECREASE", "aggregation": "LATEST",
                                        "baseline": {"value": 15, "year": 2022}, "target": 10, "achieved": 12, "percent": 60.00,
                                        "parts": []}]}],
             "completeness": {"counts": {"expected": 3, "received": 3, "onTime": 1, "late": 2, "missing": 0},
                              "missingUnits": [],
                              "lateUnits": [{"code": "CCHC", "name": "Phòng Cải cách hành chính", "tasks": [{"taskCode": "1", "period": "2023-Q2"}]},
                                            {"code": "HCTH", "name": "Phòng Hành chính - Tổng hợp", "tasks": [{"taskCode": "2", "period": "2023-Q2"}]}],
                              "submissions": [{"taskCode": "1", "unitCode": "HCTH", "period": "2023-Q2", "unitDeadline": "2023-06-16",
                                               "outcome": "ON_TIME", "firstSubmittedAt": "2023-06-16T16:59:59Z"},
                                              {"taskCode": "1", "unitCode": "CCHC", "period": "2023-Q2", "unitDeadline": "2023-06-16",
                                               "outcome": "LATE", "firstSubmittedAt": "2023-06-16T17:00:00Z"},
                                              {"taskCode": "2", "unitCode": "HCTH", "period": "2023-Q2", "unitDeadline": "2023-06-16",
                                               "outcome": "LATE", "firstSubmittedAt": "2023-07-03T03:00:00Z",
                                               "lockException": {"id": "e2000000-0000-4000-8000-000000000002", "until": "2023-07-05",
                                                                 "reason": "Bổ sung số liệu quý II theo đề nghị của đơn vị", "createdBy": "planner@dev"}}]},
             "difficulties": [], "proposals": [],
             "document": {"issuer": {"code": "SNV", "name": "Sở Nội vụ"}, "parentBody": "Ủy ban nhân dân tỉnh Quảng Ngãi",
                          "place": "Quảng Ngãi", "consolidationUnit": {"code": "HCTH", "name": "Phòng Hành chính - Tổng hợp"},
                          "recipients": ["UBND tỉnh (b/cáo)", "Sở Nội vụ", "Lưu: VT, HCTH"],
                          "signerTitle": "GIÁM ĐỐC", "signerName": "Trần Văn Bình"}}""";

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

    /** The feed after a client's stored cursor: a plan issued, then a review that returned a unit's submission. */
    static final String EVENT_PAGE = """
            {"items": [{"id": "3f0c9a1e-6b2d-4c8e-9f1a-2b3c4d5e6f70", "cursor": "eZmVlZDo0Mg", "type": "plan.issued",
                        "occurredAt": "2022-01-10T02:00:00Z", "source": "plans", "planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10",
                        "units": ["CCTDC", "HCTH", "KHTC", "QLTC", "TTUDDV"],
                        "data": {"planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10", "number": "1/KH-SKHCN",
                                 "title": "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ", "year": 2022,
                                 "status": "ISSUED", "version": 3}},
                       {"id": "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f", "cursor": "eZmVlZDo0Mw", "type": "submission.reviewed",
                        "occurredAt": "2022-11-12T03:00:00Z", "source": "progress", "planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10",
                        "units": ["TTUDDV"],
                        "data": {"submissionId": "6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f", "planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10",
                                 "taskId": "III.3", "unitCode": "TTUDDV", "period": "2022", "revision": 2, "reviewStatus": "RETURNED",
                                 "decision": "RETURN", "comment": "Bổ sung minh chứng chuyên mục trên Báo Quảng Ngãi"}}],
             "next": "eZmVlZDo0Mw"}""";

    static final String WEBHOOK_REQUEST = """
            {"url": "https://vpdt.quangngai.gov.vn/hooks/planprogress", "eventTypes": ["submission.created", "report.ready"],
             "secret": "b2f4c6e8a0d1f3e5c7a9b1d3f5e7a9c1", "description": "Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ngãi"}""";

    static final String WEBHOOK = """
            {"id": "4e7d2c1a-8b3f-4a6e-9c5d-1f2e3a4b5c6d", "url": "https://vpdt.quangngai.gov.vn/hooks/planprogress",
             "eventTypes": ["submission.created", "report.ready"], "secretSet": true,
             "description": "Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ngãi", "status": "ACTIVE",
             "createdAt": "2022-11-12T03:00:00Z", "createdBy": "admin@dev", "updatedAt": "2022-11-12T03:00:00Z", "version": 0}""";

    static final String WEBHOOK_PAUSED = """
            {"id": "4e7d2c1a-8b3f-4a6e-9c5d-1f2e3a4b5c6d", "url": "https://vpdt.quangngai.gov.vn/hooks/planprogress",
             "eventTypes": ["submission.created", "report.ready"], "secretSet": true,
             "description": "Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ngãi", "status": "PAUSED",
             "pausedReason": "Delivery 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d of event 3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f (submission.created) failed 30 attempts over PT24H from its first, the last: HTTP 503. Its other deliveries wait; set status ACTIVE to resume",
             "createdAt": "2022-11-12T03:00:00Z", "createdBy": "admin@dev", "updatedAt": "2022-11-13T03:00:02Z", "version": 1}""";

    static final String WEBHOOK_RESUME = """
            {"url": "https://vpdt.quangngai.gov.vn/hooks/planprogress", "eventTypes": ["submission.created", "report.ready"],
             "description": "Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ngãi", "status": "ACTIVE"}""";

    static final String WEBHOOK_EVENT = """
            {"id": "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f", "cursor": "eZmVlZDo0Mg", "type": "submission.created",
             "occurredAt": "2022-11-12T02:59:58Z", "source": "progress", "planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10",
             "units": ["HCTH"],
             "data": {"submissionId": "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a", "planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10",
                      "taskId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "unitCode": "HCTH", "period": "2022", "revision": 1,
                      "reviewStatus": "SUBMITTED"}}""";

    private Examples() {
    }
}
