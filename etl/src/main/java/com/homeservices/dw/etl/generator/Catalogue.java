package com.homeservices.dw.etl.generator;

import java.math.BigDecimal;
import java.util.List;

/** The fixed parts of a generated company: its business units, price list, cities and the names people have. */
final class Catalogue {

    private Catalogue() {
    }

    record BusinessUnit(String code, String nameZh, String nameEn, double share, List<String> productCodes) {
    }

    record Product(String code, String nameZh, String nameEn, String category, String unit, BigDecimal listPrice,
                   double weight) {
        boolean monthly() {
            return unit.equals("month");
        }

        boolean hourly() {
            return unit.equals("hour");
        }
    }

    static final List<BusinessUnit> BUSINESS_UNITS = List.of(
            new BusinessUnit("HH", "家庭服务中心", "Household Services", 0.40, List.of("P01", "P02", "P03", "P04", "P05")),
            new BusinessUnit("MI", "母婴服务中心", "Maternal and Infant Care", 0.22, List.of("P06", "P07")),
            new BusinessUnit("EC", "养老服务中心", "Elder Care", 0.16, List.of("P08", "P09")),
            new BusinessUnit("FS", "后勤服务中心", "Facility Services", 0.22, List.of("P10", "P11", "P01")));

    static final List<Product> PRODUCTS = List.of(
            new Product("P01", "日常保洁", "Regular cleaning", "cleaning", "hour", new BigDecimal("45.00"), 10),
            new Product("P02", "深度保洁", "Deep cleaning", "cleaning", "visit", new BigDecimal("480.00"), 3),
            new Product("P03", "开荒保洁", "Post-renovation cleaning", "cleaning", "visit", new BigDecimal("980.00"), 1),
            new Product("P04", "空调清洗", "Air-conditioner cleaning", "appliance", "visit", new BigDecimal("150.00"), 2),
            new Product("P05", "油烟机清洗", "Range-hood cleaning", "appliance", "visit", new BigDecimal("180.00"), 2),
            new Product("P06", "月嫂服务", "Maternity nanny (26 days)", "maternity", "month", new BigDecimal("13800.00"), 2),
            new Product("P07", "育婴师", "Infant carer", "infant_care", "month", new BigDecimal("7800.00"), 3),
            new Product("P08", "居家养老护理", "Home elder care", "elder_care", "hour", new BigDecimal("60.00"), 6),
            new Product("P09", "住家养老护理", "Live-in elder care", "elder_care", "month", new BigDecimal("6800.00"), 1),
            new Product("P10", "办公室保洁", "Office cleaning contract", "facility", "month", new BigDecimal("18000.00"), 1),
            new Product("P11", "消毒服务", "Disinfection", "facility", "visit", new BigDecimal("1200.00"), 2));

    record City(String name, List<String> districts) {
    }

    static final List<City> CITIES = List.of(
            new City("上海", List.of("徐汇", "浦东", "静安", "闵行", "长宁")),
            new City("北京", List.of("朝阳", "海淀", "西城")),
            new City("杭州", List.of("西湖", "滨江", "拱墅")),
            new City("南京", List.of("鼓楼", "建邺")),
            new City("苏州", List.of("工业园区", "姑苏")));

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "高", "罗");
    static final List<String> GIVEN = List.of("芳", "娟", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娜", "涛", "明", "超", "秀英", "桂兰", "玉兰", "建华", "志强", "海燕", "春梅", "晓东");
    static final List<String> COMPANY_WORDS = List.of("华信", "东方", "恒通", "鼎盛", "远景", "创新", "博雅", "金桥",
            "新城", "瑞丰", "天成", "嘉禾");

    static Product product(String code) {
        return PRODUCTS.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
