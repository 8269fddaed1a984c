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
             "periodTypes": ["ANNUAL"], "window": "CALENDAR",
             "consolidationUnit": "HCTH", "reportTo": {"unit": "UBND", "via": "STTTT"},
             "periods": [{"period": "2022", "periodType": "ANNUAL", "from": "2022-01-01", "to": "2022-12-31", "unitDeadline": "2022-11-10", "consolidatedDeadline": "2022-11-15"}],
             "tasks": [{"code": "III.5", "title": "Tuyên truyền thông qua tổ chức đào tạo về duy trì, cải tiến, đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
                        "leadUnits": ["QLTC"], "coordinatingUnits": [], "scheduleKind": "QUARTERS", "scheduleLabel": "Quý I - II/2022",
                        "effectiveFrom": "2022-01-01", "effectiveTo": "2022-06-30", "indicators": []}],
             "units": [{"code": "QLTC", "name": "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "kind": "DIVISION", "parentCode": "SKHCN"}]}""";

    static final String CALENDAR = """
            {"planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10", "year": 2023, "window": "CUT_OFF",
             "periods": [{"period": "2023-Q1", "periodType": "QUARTERLY", "from": "2022-12-15", "to": "2023-03-14",
                          "unitDeadline": "2023-03-16", "consolidatedDeadline": "2023-03-21", "entryOpensOn": "2023-03-09", "locksAfter": "2023-03-26"},
                         {"period": "2023-Q2", "periodType": "QUARTERLY", "from": "2023-03-15", "to": "2023-06-14",
                          "unitDeadline": "2023-06-16", "consolidatedDeadline": "2023-06-21", "entryOpensOn": "2023-06-09", "locksAfter": "2023-06-26"},
                         {"period": "2023-H1", "periodType": "SEMIANNUAL", "from": "2022-12-15", "to": "2023-06-14",
                          "unitDeadline": "2023-06-18", "consolidatedDeadline": "2023-06-20", "entryOpensOn": "2023-06-09", "locksAfter": "2023-06-28"}],
             "holidayYears": [{"year": 2022, "source": "DEFAULT"}, {"year": 2023, "source": "SET"}, {"year": 2024, "source": "DEFAULT"}]}""";

    static final String HOLIDAYS = """
            {"year": 2023, "source": "SET", "note": "Theo Thông báo số 6150/TB-LĐTBXH",
             "daysOff": [{"date": "2023-01-02", "name": "Nghỉ bù Tết Dương lịch"}, {"date": "2023-01-20", "name": "Tết Nguyên đán"},
                         {"date": "2023-05-02", "name": "Nghỉ bù Ngày Chiến thắng"}],
             "workingSaturdays": [],
             "updatedBy": "admin@dev", "updatedAt": "2023-01-05T02:00:00Z"}""";

    /** What an admin sends: the lists and the note; the year, source and who changed it are the service's. */
    static final String HOLIDAYS_REQUEST = """
            {"note": "Theo Thông báo số 6150/TB-LĐTBXH",
             "daysOff": [{"date": "2023-01-02", "name": "Nghỉ bù Tết Dương lịch"}, {"date": "2023-01-20", "name": "Tết Nguyên đán"},
                         {"date": "2023-05-02", "name": "Nghỉ bù Ngày Chiến thắng"}],
             "workingSaturdays": []}""";

    static final String LOCK_EXCEPTION_REQUEST = """
            {"unitCode": "HCTH", "period": "2023-Q2", "until": "2023-07-05", "reason": "Bổ sung số liệu quý II theo đề nghị của đơn vị"}""";

    static final String LOCK_EXCEPTION = """
            {"id": "5f0c2a4e-8d1b-4b7e-a3c2-1e9d6f4b2a70", "planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10", "unitCode": "HCTH",
             "period": "2023-Q2", "until": "2023-07-05", "reason": "Bổ sung số liệu quý II theo đề nghị của đơn vị",
             "createdBy": "planner@dev", "createdAt": "2023-06-27T03:15:00Z"}""";

    static final String ISSUE = """
            {"sequence": 45, "issuedOn": "2022-03-15"}""";

    private Examples() {
    }
}
