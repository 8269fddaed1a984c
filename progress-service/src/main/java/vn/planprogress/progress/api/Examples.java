package vn.planprogress.progress.api;

/** Example bodies for the OpenAPI document, from the seed plan (task III.3 of 1/KH-SKHCN). */
final class Examples {

    static final String REQUEST = """
            {"planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10", "taskCode": "III.3", "unitCode": "TTUDDV", "period": "2022",
             "status": "IN_PROGRESS",
             "values": [{"indicatorCode": "BT", "value": 5},
                        {"indicatorCode": "CM", "partCode": "PT", "value": 12},
                        {"indicatorCode": "CM", "partCode": "TH", "value": 12},
                        {"indicatorCode": "CM", "partCode": "BAO", "value": 10}],
             "summary": "Đã xuất bản 05 bản tin và 34 chuyên mục khoa học và công nghệ",
             "difficulties": "Kinh phí hạn chế", "proposals": "Đề nghị bổ sung kinh phí",
             "evidence": [{"url": "https://skhcn.quangngai.gov.vn/tin-tuc/cchc-2022"},
                          {"documentNumber": "125/BC-TTUDDV", "documentDate": "2022-11-05", "title": "Báo cáo kết quả tuyên truyền CCHC"}]}""";

    /** A submission on a cut-off plan's quarter: a percent, a number and a qualitative result. */
    static final String MEASURES = """
            {"planId": "3c5d1e2f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "taskCode": "1.1", "unitCode": "HCTH", "period": "2023-Q2",
             "status": "IN_PROGRESS",
             "values": [{"indicatorCode": "TL", "value": 93.5},
                        {"indicatorCode": "HS", "value": 350},
                        {"indicatorCode": "KQ", "text": "Đã công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công của tỉnh"}],
             "summary": "Giải quyết đúng hạn 93,5% hồ sơ; số hóa 350 hồ sơ"}""";

    static final String CORRECTION = """
            {"status": "IN_PROGRESS",
             "values": [{"indicatorCode": "BT", "value": 5},
                        {"indicatorCode": "CM", "partCode": "PT", "value": 12},
                        {"indicatorCode": "CM", "partCode": "TH", "value": 12},
                        {"indicatorCode": "CM", "partCode": "BAO", "value": 12}],
             "summary": "Đã xuất bản 05 bản tin và 36 chuyên mục khoa học và công nghệ",
             "evidence": [{"url": "https://skhcn.quangngai.gov.vn/tin-tuc/cchc-2022"}],
             "correctionReason": "Bổ sung số liệu chuyên mục trên Báo Quảng Ngãi"}""";

    static final String SUBMISSION = """
            {"id": "7d0c6b0e-3c0f-4f6e-9a7a-2b1d4c5e6f70", "planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10",
             "taskCode": "III.3", "unitCode": "TTUDDV", "period": "2022", "status": "IN_PROGRESS",
             "values": [{"indicatorCode": "BT", "value": 5},
                        {"indicatorCode": "CM", "partCode": "PT", "value": 12},
                        {"indicatorCode": "CM", "partCode": "TH", "value": 12},
                        {"indicatorCode": "CM", "partCode": "BAO", "value": 10}],
             "summary": "Đã xuất bản 05 bản tin và 34 chuyên mục khoa học và công nghệ",
             "difficulties": "Kinh phí hạn chế", "proposals": "Đề nghị bổ sung kinh phí",
             "evidence": [{"url": "https://skhcn.quangngai.gov.vn/tin-tuc/cchc-2022"},
                          {"documentNumber": "125/BC-TTUDDV", "documentDate": "2022-11-05", "title": "Báo cáo kết quả tuyên truyền CCHC"}],
             "state": "SUBMITTED", "revision": 1, "submittedBy": "reporter.ttuddv@dev",
             "submittedAt": "2022-11-05T09:00:00Z", "firstSubmittedAt": "2022-11-05T09:00:00Z",
             "unitDeadline": "2022-11-10", "late": false, "lateCorrection": false}""";


    static final String HISTORY = "[" + SUBMISSION + "]";

    static final String REVIEW = """
            {"decision": "RETURN", "comment": "Bổ sung minh chứng chuyên mục trên Báo Quảng Ngãi"}""";

    static final String REVIEWS = """
            [{"revision": 1, "decision": "RETURN", "comment": "Bổ sung minh chứng chuyên mục trên Báo Quảng Ngãi",
              "state": "RETURNED", "reviewedBy": "planner@dev", "reviewedAt": "2022-11-11T02:00:00Z"},
             {"revision": 2, "decision": "ACCEPT", "state": "ACCEPTED", "reviewedBy": "planner@dev", "reviewedAt": "2022-11-12T03:00:00Z"}]""";

    static final String OUTSTANDING = """
            {"planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10", "period": "2022", "unitDeadline": "2022-11-10", "overdue": false,
             "items": [{"unitCode": "TTUDDV", "taskCode": "III.4",
                        "taskTitle": "Tổ chức tuyên truyền về công tác CCHC 2022 thông qua tổ chức các hoạt động nhân Ngày khoa học và công nghệ Việt Nam 18/5",
                        "scheduleLabel": "Quý II/2022"}]}""";

    private Examples() {
    }
}
