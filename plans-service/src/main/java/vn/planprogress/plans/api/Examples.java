package vn.planprogress.plans.api;

/** Example bodies for the OpenAPI document; the whole seed plan is added as {@code #/components/examples/seed-plan}. */
final class Examples {

    static final String UNIT = """
            {"code": "HCTH", "name": "Phòng Hành chính - Tổng hợp", "shortName": "P.HCTH", "parentCode": "SKHCN", "kind": "DIVISION", "version": 0}""";



    static final String TASK = """
            {"code": "III.4", "title": "Tổ chức tuyên truyền về công tác CCHC 2022 thông qua tổ chức các hoạt động nhân Ngày khoa học và công nghệ Việt Nam 18/5",
             "leadUnits": ["HCTH", "TTUDDV"], "coordinatingUnits": [],
             "coordinatingGroups": [{"parentUnit": "SKHCN", "label": "Các phòng, đơn vị liên quan"}],
             "schedule": {"kind": "QUARTERS", "quarters": [2], "label": "Quý II/2022", "effectiveFrom": "2022-04-01", "effectiveTo": "2022-06-30"},
             "indicators": [], "contentRefs": [], "resolvedCoordinatingUnits": ["CCTDC", "KHTC", "QLCN", "QLKH", "QLTC", "TTRA"]}""";



    static final String DIGEST = """
            {"planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10", "number": "1/KH-SKHCN",
             "title": "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ", "year": 2022,
             "ownerUnit": "SKHCN", "place": "Quảng Ngãi", "status": "ISSUED", "amendment": 0, "version": 3, "periodType": "ANNUAL",
             "consolidationUnit": "HCTH", "reportTo": {"unit": "UBND", "via": "STTTT"},
             "periods": [{"period": "2022", "from": "2022-01-01", "to": "2022-12-31", "unitDeadline": "2022-11-10", "consolidatedDeadline": "2022-11-15"}],
             "tasks": [{"code": "III.5", "title": "Tuyên truyền thông qua tổ chức đào tạo về duy trì, cải tiến, đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
                        "leadUnits": ["QLTC"], "coordinatingUnits": [], "scheduleKind": "QUARTERS", "scheduleLabel": "Quý I - II/2022",
                        "effectiveFrom": "2022-01-01", "effectiveTo": "2022-06-30", "indicators": []}],
             "units": [{"code": "QLTC", "name": "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "kind": "DIVISION", "parentCode": "SKHCN"}]}""";

    static final String ISSUE = """
            {"sequence": 45, "issuedOn": "2022-03-15"}""";

    private Examples() {
    }
}
