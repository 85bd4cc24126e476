package com.homeservices.dw.etl.generator;

import com.homeservices.dw.etl.generator.Catalogue.BusinessUnit;
import com.homeservices.dw.etl.generator.Catalogue.Product;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.Progress;
import com.homeservices.dw.warehouse.policy.ApprovalLevel;
import com.homeservices.dw.warehouse.policy.ClaimApprovalPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a realistic home-services company, the same for the same settings: business units and outlets of
 * different sizes, a price list, customers (a few large enterprises among many households), staff who come and go
 * (some do not return after the Spring Festival), three years of orders with the pre-festival peak, claims and
 * complaints at plausible rates with every approval tier and a few authority exceptions, attendance with leave
 * spells, payroll, outlet and head-office expenses. History ends on {@code until}.
 */
public final class CompanyGenerator {

    /** What to generate. {@code dirtyRate} is the share of rows spoiled on purpose, 0 for a clean export. */
    public record Settings(ScaleTier tier, long seed, double dirtyRate, LocalDate until) {
        public Settings {
            if (dirtyRate < 0 || dirtyRate > 0.5) {
                throw new IllegalArgumentException("--dirty is a share of rows between 0 and 0.5, not " + dirtyRate);
            }
        }
    }

    /** What was written: rows per table, the spoiled rows, and the history's first and last day. */
    public record Summary(Map<SourceTable, Long> rows, List<SpoiledRow> spoiled, LocalDate firstDay,
                          LocalDate lastDay) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final ClaimApprovalPolicy APPROVAL = ClaimApprovalPolicy.defaults();
    private static final BigDecimal CANCELLATION_FEE_RATE = new BigDecimal("0.10");
    private static final long FREE_CANCELLATION_HOURS = 48;

    private final Settings settings;
    private final SplittableRandom random;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final LocalDateTime endOfHistory;
    private final Map<SourceTable, Long> counts = new EnumMap<>(SourceTable.class);
    private final Progress progress;
    private DirtyRows dirty;

    private final List<Outlet> outlets = new ArrayList<>();
    private final List<Staff> staff = new ArrayList<>();
    private Customers customers;
    private long nextStaffId = 1;
    private long nextOrderId = 1;
    private long nextClaimId = 1;
    private long nextComplaintId = 1;

    public CompanyGenerator(Settings settings, Progress progress) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        this.lastDay = settings.until();
        this.firstDay = lastDay.minusYears(ScaleTier.YEARS).plusDays(1);
        this.endOfHistory = lastDay.atTime(23, 59, 59);
        this.progress = progress;
    }

    public Summary generate(SourceWriter writer) {
        dirty = new DirtyRows(settings.dirtyRate(), settings.seed(), writer);
        businessUnitsAndOutlets();
        products();
        staffHistory();
        customers();
        progress.accept("outlets " + outlets.size() + ", staff " + staff.size() + ", customers " + customers.size());
        orders();
        attendance();
        payroll();
        expenses();
        return new Summary(Map.copyOf(counts), List.copyOf(dirty.spoiled()), firstDay, lastDay);
    }

    private boolean emit(SourceTable table, Object[] row, boolean referenced) {
        counts.merge(table, 1L, Long::sum);
        return dirty.write(table, row, referenced);
    }

    // ---- outlets, business units, products -------------------------------------------------------------------

    private record Outlet(long id, int index, BusinessUnit unit, String city, double weight, LocalDate openedOn,
                          LocalDate closedOn, List<Staff> workers) {
        boolean openOn(LocalDate day) {
            return !day.isBefore(openedOn) && (closedOn == null || !day.isAfter(closedOn));
        }
    }

    private void businessUnitsAndOutlets() {
        LocalDateTime created = firstDay.minusYears(2).atTime(9, 0);
        for (int u = 0; u < Catalogue.BUSINESS_UNITS.size(); u++) {
            BusinessUnit unit = Catalogue.BUSINESS_UNITS.get(u);
            emit(SourceTable.BUSINESS_UNIT, new Object[] {u + 1L, unit.code(), unit.nameZh(), unit.nameEn(), created},
                    true);
        }
        int count = settings.tier().outlets();
        int[] perUnit = new int[Catalogue.BUSINESS_UNITS.size()];
        for (int i = 0; i < count; i++) {
            int u = i < perUnit.length ? i : pickUnit();
            perUnit[u]++;
            BusinessUnit unit = Catalogue.BUSINESS_UNITS.get(u);
            Catalogue.City city = Catalogue.CITIES.get(i % Catalogue.CITIES.size());
            String district = city.districts().get(random.nextInt(city.districts().size()));
            // A few big outlets and many small ones.
            double weight = 1.0 / Math.pow(i + 1, 0.6) * (0.7 + 0.6 * random.nextDouble());
            LocalDate openedOn = i % 10 == 9
                    ? firstDay.plusDays(random.nextInt(365))
                    : firstDay.minusDays(200 + random.nextInt(2000));
            LocalDate closedOn = count >= 10 && i == count - 1 ? lastDay.minusDays(180) : null;
            Outlet outlet = new Outlet(i + 1L, i, unit, city.name(), weight, openedOn, closedOn, new ArrayList<>());
            outlets.add(outlet);
            String code = String.format("%s-%s-%03d", pinyin(city.name()), unit.code(), i + 1);
            String name = city.name() + district + unit.nameZh().substring(0, 2) + "网点" + perUnit[u];
            emit(SourceTable.OUTLET, new Object[] {outlet.id(), code, name, u + 1L, city.name(), district, openedOn,
                    closedOn, (closedOn != null ? closedOn : openedOn).atTime(10, 0)}, true);
        }
    }

    private int pickUnit() {
        double r = random.nextDouble();
        for (int u = 0; u < Catalogue.BUSINESS_UNITS.size(); u++) {
            r -= Catalogue.BUSINESS_UNITS.get(u).share();
            if (r < 0) {
                return u;
            }
        }
        return 0;
    }

    private static String pinyin(String city) {
        return switch (city) {
            case "上海" -> "SH";
            case "北京" -> "BJ";
            case "杭州" -> "HZ";
            case "南京" -> "NJ";
            default -> "SZ";
        };
    }

    private void products() {
        for (int p = 0; p < Catalogue.PRODUCTS.size(); p++) {
            Product product = Catalogue.PRODUCTS.get(p);
            emit(SourceTable.SERVICE_PRODUCT, new Object[] {p + 1L, product.code(), product.nameZh(), product.nameEn(),
                    product.category(), product.unit(), product.listPrice(), firstDay.minusYears(2).atTime(9, 0)}, true);
        }
    }

    private static long productId(Product product) {
        return Catalogue.PRODUCTS.indexOf(product) + 1L;
    }

    // ---- staff -----------------------------------------------------------------------------------------------

    private record Staff(long id, Outlet outlet, String position, String grade, LocalDate hiredOn, LocalDate leftOn,
                         String leaveReason, BigDecimal baseWage, BigDecimal hourlyRate) {
        boolean employedOn(LocalDate day) {
            return !day.isBefore(hiredOn) && (leftOn == null || !day.isAfter(leftOn));
        }
    }

    /**
     * Hires to a target headcount per outlet month by month; each hire's last day is drawn when hired (probation
     * failures early, a long tail of resignations, some who go home for the Spring Festival and stay there).
     */
    private void staffHistory() {
        double totalWeight = outlets.stream().mapToDouble(Outlet::weight).sum();
        // With about 4% leaving a month, three years hire about 1.44 times the average headcount.
        double averageHeadcount = settings.tier().staff() / 2.44;
        for (Outlet outlet : outlets) {
            int target = Math.max(6, (int) Math.round(averageHeadcount * outlet.weight() / totalWeight));
            List<Staff> mine = new ArrayList<>();
            LocalDate opened = outlet.openedOn().isAfter(firstDay) ? outlet.openedOn() : firstDay;
            for (int i = 0; i < target; i++) {
                LocalDate hired = outlet.openedOn().isAfter(firstDay)
                        ? opened : firstDay.minusDays(1 + random.nextInt(2000));
                mine.add(hire(outlet, hired, i));
            }
            for (LocalDate month = firstDay.withDayOfMonth(1); !month.isAfter(lastDay); month = month.plusMonths(1)) {
                LocalDate monthStart = month;
                if (!outlet.openOn(monthStart) || (outlet.closedOn() != null && monthStart.isAfter(outlet.closedOn()))) {
                    continue;
                }
                double growth = 1 + 0.1 * ChronoUnit.MONTHS.between(firstDay, month) / 12.0;
                long active = mine.stream().filter(s -> s.employedOn(monthStart)).count();
                long hires = Math.round(target * growth) - active;
                for (int h = 0; h < hires; h++) {
                    LocalDate day = month.plusDays(random.nextInt(month.lengthOfMonth()));
                    if (!day.isAfter(lastDay) && !day.isBefore(firstDay)) {
                        mine.add(hire(outlet, day, mine.size()));
                    }
                }
            }
            staff.addAll(mine);
        }
        for (Staff s : staff) {
            if (s.position().equals("service_worker")) {
                s.outlet().workers().add(s);
            }
            LocalDate changed = s.leftOn() != null ? s.leftOn() : s.hiredOn();
            emit(SourceTable.STAFF, new Object[] {s.id(), String.format("S%06d", s.id()), personName(),
                    random.nextInt(10) < 8 ? "F" : "M", s.hiredOn().minusYears(20 + random.nextInt(35)), s.position(),
                    s.grade(), s.outlet().id(), s.hiredOn(), s.hiredOn().plusDays(28), s.leftOn(), s.leaveReason(),
                    s.baseWage(), s.hourlyRate(), atWorkHour(changed.isBefore(firstDay) ? firstDay : changed)}, true);
        }
    }

    private Staff hire(Outlet outlet, LocalDate hiredOn, int seat) {
        String position = seat == 0 ? "outlet_admin" : seat == 1 ? "customer_service" : position(outlet, seat);
        String grade = switch (position) {
            case "department_manager" -> "manager";
            case "outlet_admin", "account_manager" -> random.nextInt(4) == 0 ? "supervisor" : "staff";
            default -> random.nextInt(12) == 0 ? "supervisor" : "staff";
        };
        boolean worker = position.equals("service_worker");
        BigDecimal base = money(worker ? 3000 + random.nextInt(1500) : 5000 + random.nextInt(7000));
        BigDecimal hourly = worker ? money(25 + random.nextInt(20)) : base.divide(new BigDecimal("174"), 2,
                RoundingMode.HALF_UP);
        LocalDate leftOn;
        String reason;
        if (!hiredOn.isBefore(firstDay) && random.nextInt(100) < 6) {
            leftOn = hiredOn.plusDays(20 + random.nextInt(66));
            reason = "probation_failed";
        } else {
            leftOn = hiredOn.plusDays((long) (-Math.log(1 - random.nextDouble()) * 26 * 30.4));
            while (leftOn.isBefore(firstDay)) {
                leftOn = firstDay.plusDays((long) (-Math.log(1 - random.nextDouble()) * 26 * 30.4));
            }
            int r = random.nextInt(100);
            reason = r < 70 ? "resigned" : r < 82 ? "dismissed" : r < 94 ? "contract_end" : "retired";
            if (worker) {
                for (int year = hiredOn.getYear(); year <= leftOn.getYear(); year++) {
                    LocalDate festival = SpringFestival.newYear(year);
                    if (festival.isAfter(hiredOn.plusDays(30)) && festival.isBefore(leftOn) && random.nextInt(10) == 0) {
                        leftOn = festival.minusDays(1 + random.nextInt(3));
                        reason = "resigned";
                        break;
                    }
                }
            }
        }
        if (leftOn.isAfter(lastDay)) {
            leftOn = null;
            reason = null;
        }
        return new Staff(nextStaffId++, outlet, position, grade, hiredOn, leftOn, reason, base, hourly);
    }

    private String position(Outlet outlet, int seat) {
        int r = random.nextInt(1000);
        if (seat == 2 && outlet.index() < Catalogue.BUSINESS_UNITS.size()) {
            return "department_manager";
        }
        if (seat == 3 && outlet.index() < Catalogue.BUSINESS_UNITS.size()) {
            return "claims_specialist";
        }
        if (r < 900) {
            return "service_worker";
        }
        if (r < 940) {
            return "outlet_admin";
        }
        if (r < 975) {
            return "customer_service";
        }
        return outlet.unit().code().equals("FS") ? "account_manager" : "service_worker";
    }

    // ---- customers -------------------------------------------------------------------------------------------

    /** Customers as parallel arrays: a large tier has millions, and orders pick among them by weight. */
    private final class Customers {
        final boolean[] enterprise;
        final int[] homeOutlet;
        final LocalDate[] registeredOn;
        final boolean[] unusable;
        final double[] cumulativeWeight;

        Customers(int n) {
            enterprise = new boolean[n];
            homeOutlet = new int[n];
            registeredOn = new LocalDate[n];
            unusable = new boolean[n];
            cumulativeWeight = new double[n];
        }

        int size() {
            return enterprise.length;
        }

        /** A customer to book on {@code day}, drawn by how much each buys; null after a few misses. */
        Integer pick(LocalDate day) {
            for (int attempt = 0; attempt < 12; attempt++) {
                double r = random.nextDouble() * cumulativeWeight[size() - 1];
                int i = java.util.Arrays.binarySearch(cumulativeWeight, r);
                i = i < 0 ? -i - 1 : i;
                if (i < size() && !unusable[i] && !registeredOn[i].isAfter(day)) {
                    return i;
                }
            }
            return null;
        }
    }

    private void customers() {
        int n = settings.tier().customers();
        customers = new Customers(n);
        List<Outlet> household = outlets.stream().filter(o -> !o.unit().code().equals("FS")).toList();
        List<Outlet> facility = outlets.stream().filter(o -> o.unit().code().equals("FS")).toList();
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            boolean enterprise = !facility.isEmpty() && random.nextInt(100) < 3;
            Outlet home = pickOutlet(enterprise ? facility : household);
            LocalDate registered = random.nextBoolean()
                    ? firstDay.minusDays(1 + random.nextInt(1000))
                    : firstDay.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1));
            if (registered.isBefore(home.openedOn())) {
                registered = home.openedOn();
            }
            // Spending is very uneven: a log-normal appetite, enterprises several times a household's.
            double appetite = Math.exp(random.nextGaussian() * 1.1) * (enterprise ? 6 : 1);
            cumulative += appetite;
            customers.enterprise[i] = enterprise;
            customers.homeOutlet[i] = home.index();
            customers.registeredOn[i] = registered;
            customers.cumulativeWeight[i] = cumulative;
            Catalogue.City city = Catalogue.CITIES.stream().filter(c -> c.name().equals(home.city())).findFirst()
                    .orElseThrow();
            String name = enterprise
                    ? home.city() + Catalogue.COMPANY_WORDS.get(random.nextInt(Catalogue.COMPANY_WORDS.size()))
                            + (i % 7 == 0 ? "科技有限公司" : "实业有限公司")
                    : personName();
            String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            boolean bad = emit(SourceTable.CUSTOMER, new Object[] {i + 1L, String.format("C%07d", i + 1),
                    enterprise ? "enterprise" : "household", name, phone, home.city(),
                    city.districts().get(random.nextInt(city.districts().size())), registered, (long) home.id(),
                    atWorkHour(registered.isBefore(firstDay) ? firstDay : registered)}, false);
            customers.unusable[i] = bad;
            if (!bad && random.nextInt(100) < 2) {
                LocalDate noted = firstDay.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(firstDay, lastDay)));
                String flag = List.of("underpaid", "abused_staff", "misconduct").get(random.nextInt(3));
                emit(SourceTable.CUSTOMER_FLAG, new Object[] {counts.getOrDefault(SourceTable.CUSTOMER_FLAG, 0L) + 1,
                        i + 1L, flag, noted, flagNote(flag), atWorkHour(noted)}, false);
            }
        }
    }

    private static String flagNote(String flag) {
        return switch (flag) {
            case "underpaid" -> "欠付服务费, paid late after reminders";
            case "abused_staff" -> "对服务人员态度恶劣";
            default -> "违反服务约定";
        };
    }

    private Outlet pickOutlet(List<Outlet> among) {
        double total = among.stream().mapToDouble(Outlet::weight).sum();
        double r = random.nextDouble() * total;
        for (Outlet o : among) {
            r -= o.weight();
            if (r < 0) {
                return o;
            }
        }
        return among.get(among.size() - 1);
    }

    // ---- orders, claims, complaints --------------------------------------------------------------------------

    private void orders() {
        progress.begin("generating orders");
        long days = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        double[] weights = new double[(int) days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            double weekend = day.getDayOfWeek().getValue() >= 6 ? 1.15 : 1.0;
            double growth = 1 + 0.15 * d / 365.0;
            weights[d] = SpringFestival.demandFactor(day) * weekend * growth;
            total += weights[d];
        }
        long written = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            double expected = settings.tier().orders() * weights[d] / total;
            long count = (long) expected + (random.nextDouble() < expected - (long) expected ? 1 : 0);
            for (long k = 0; k < count; k++) {
                order(day);
            }
            written += count;
            progress.rows(written);
        }
        progress.accept(String.format(Locale.ROOT, "orders: %,d rows", written));
    }

    private void order(LocalDate day) {
        Integer c = customers.pick(day);
        if (c == null) {
            return;
        }
        Outlet outlet = outlets.get(customers.homeOutlet[c]);
        if (!outlet.openOn(day)) {
            outlet = outlets.stream().filter(o -> o.unit() == outlets.get(customers.homeOutlet[c]).unit()
                    && o.openOn(day)).findFirst().orElse(null);
            if (outlet == null) {
                return;
            }
        }
        Product product = pickProduct(outlet.unit(), customers.enterprise[c]);
        long id = nextOrderId++;
        LocalDateTime bookedAt = day.atTime(8 + random.nextInt(13), random.nextInt(60), random.nextInt(60));
        long leadDays = product.monthly() ? 7 + random.nextInt(40) : 1 + random.nextInt(9);
        LocalDateTime scheduled = bookedAt.toLocalDate().plusDays(leadDays).atTime(8 + random.nextInt(8), 0);
        BigDecimal hours;
        BigDecimal quantity;
        if (product.hourly()) {
            hours = new BigDecimal(2 + random.nextInt(5)).setScale(2);
            quantity = hours;
        } else if (product.monthly()) {
            hours = new BigDecimal("208.00");
            quantity = BigDecimal.ONE.setScale(2);
        } else {
            hours = new BigDecimal(2 + random.nextInt(4)).setScale(2);
            quantity = new BigDecimal(1 + (random.nextInt(5) == 0 ? 1 : 0)).setScale(2);
        }
        BigDecimal unitPrice = product.listPrice();
        BigDecimal gross = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        BigDecimal discount = random.nextInt(5) == 0
                ? gross.multiply(new BigDecimal(5 + random.nextInt(11))).movePointLeft(2).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
        BigDecimal amount = gross.subtract(discount);
        LocalDateTime finish = product.monthly() ? scheduled.plusDays(26) : scheduled.plusHours(hours.longValue());

        String status;
        LocalDateTime completedAt = null;
        LocalDateTime cancelledAt = null;
        BigDecimal fee = BigDecimal.ZERO.setScale(2);
        if (random.nextInt(100) < 7) {
            long window = Math.max(1, ChronoUnit.HOURS.between(bookedAt, scheduled));
            cancelledAt = bookedAt.plusHours(1 + random.nextLong(window)).plusMinutes(random.nextInt(60));
            if (cancelledAt.isAfter(endOfHistory)) {
                cancelledAt = null;
                status = "booked";
            } else {
                status = "cancelled";
                // Free within 48 hours of booking; later, 10% of the amount (source.md).
                if (ChronoUnit.HOURS.between(bookedAt, cancelledAt) >= FREE_CANCELLATION_HOURS) {
                    fee = amount.multiply(CANCELLATION_FEE_RATE).setScale(2, RoundingMode.HALF_UP);
                }
            }
        } else if (finish.isAfter(endOfHistory)) {
            status = "booked";
        } else {
            status = "completed";
            completedAt = finish;
        }
        Staff worker = leadWorker(outlet, scheduled.toLocalDate());
        Integer satisfaction = completedAt != null && random.nextInt(100) < 65 ? satisfaction() : null;
        int rework = completedAt != null && random.nextInt(100) < 3 ? 1 : 0;

        List<Object[]> claims = new ArrayList<>();
        List<Object[]> complaints = new ArrayList<>();
        if (completedAt != null) {
            int claimChance = product.category().equals("cleaning") || product.category().equals("appliance") ? 12 : 5;
            if (random.nextInt(1000) < claimChance) {
                Object[] claim = claim(id, outlet, completedAt);
                if (claim != null) {
                    claims.add(claim);
                }
            }
            if (random.nextInt(1000) < 15) {
                Object[] complaint = complaint(c, id, outlet, completedAt);
                if (complaint != null) {
                    complaints.add(complaint);
                }
            }
        }
        LocalDateTime updatedAt = completedAt != null ? completedAt : cancelledAt != null ? cancelledAt : bookedAt;
        emit(SourceTable.SERVICE_ORDER, new Object[] {id, String.format("SO%09d", id), c + 1L, outlet.id(),
                productId(product), worker == null ? null : worker.id(), channel(), bookedAt, scheduled, hours, quantity,
                unitPrice, discount, amount, status, completedAt, cancelledAt, fee, satisfaction, rework, updatedAt},
                !claims.isEmpty() || !complaints.isEmpty());
        for (Object[] claim : claims) {
            emit(SourceTable.CLAIM, claim, false);
        }
        for (Object[] complaint : complaints) {
            emit(SourceTable.COMPLAINT, complaint, false);
        }
    }

    private Product pickProduct(BusinessUnit unit, boolean enterprise) {
        List<Product> offered = unit.productCodes().stream().map(Catalogue::product)
                .filter(p -> enterprise || !p.category().equals("facility")).toList();
        double total = offered.stream().mapToDouble(Product::weight).sum();
        double r = random.nextDouble() * total;
        for (Product p : offered) {
            r -= p.weight();
            if (r < 0) {
                return p;
            }
        }
        return offered.get(offered.size() - 1);
    }

    private Staff leadWorker(Outlet outlet, LocalDate day) {
        List<Staff> workers = outlet.workers();
        if (workers.isEmpty()) {
            return null;
        }
        int start = random.nextInt(workers.size());
        for (int i = 0; i < workers.size(); i++) {
            Staff s = workers.get((start + i) % workers.size());
            if (s.employedOn(day)) {
                return s;
            }
        }
        return null;
    }

    private String channel() {
        int r = random.nextInt(100);
        return r < 30 ? "wechat" : r < 55 ? "phone" : r < 80 ? "web" : r < 92 ? "referral" : "walk_in";
    }

    private int satisfaction() {
        int r = random.nextInt(100);
        return r < 55 ? 5 : r < 85 ? 4 : r < 95 ? 3 : r < 98 ? 2 : 1;
    }

    /** A claim on a completed order, decided by whoever its amounts require, now and then by someone below that. */
    private Object[] claim(long orderId, Outlet outlet, LocalDateTime completedAt) {
        LocalDateTime reportedAt = completedAt.plusHours(2 + random.nextInt(5 * 24));
        if (reportedAt.isAfter(endOfHistory)) {
            return null;
        }
        long id = nextClaimId++;
        int k = random.nextInt(100);
        String kind = k < 80 ? "property_damage" : k < 88 ? "staff_injury" : "third_party";
        BigDecimal estimate = money(Math.min(20000, Math.max(20, Math.exp(5.8 + random.nextGaussian() * 0.9))));
        BigDecimal claimed = estimate.multiply(BigDecimal.valueOf(90 + random.nextInt(50))).movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
        LocalDateTime decidedAt = reportedAt.plusDays(2 + random.nextInt(38)).plusHours(random.nextInt(8));
        String status;
        BigDecimal approved = BigDecimal.ZERO.setScale(2);
        BigDecimal staffShare = BigDecimal.ZERO.setScale(2);
        BigDecimal insurer = BigDecimal.ZERO.setScale(2);
        String approver = null;
        Integer satisfaction = null;
        if (decidedAt.isAfter(endOfHistory)) {
            status = "open";
            decidedAt = null;
        } else if (random.nextInt(100) < 12) {
            status = "rejected";
            approver = estimate.compareTo(APPROVAL.outletLimit()) < 0 ? "outlet" : "claims_specialist";
            satisfaction = 1 + random.nextInt(3);
        } else {
            status = "settled";
            approved = claimed.min(estimate.multiply(BigDecimal.valueOf(60 + random.nextInt(50))).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP));
            ApprovalLevel required = APPROVAL.requiredLevel(estimate, approved);
            ApprovalLevel decidedBy = required != ApprovalLevel.OUTLET && random.nextInt(100) < 4
                    ? ApprovalLevel.values()[required.ordinal() - 1] : required;
            approver = decidedBy.code();
            if (random.nextInt(100) < 30) {
                staffShare = approved.multiply(BigDecimal.valueOf(10 + random.nextInt(21))).movePointLeft(2)
                        .setScale(2, RoundingMode.HALF_UP);
            }
            if (approved.compareTo(APPROVAL.specialistLimit()) > 0 && random.nextBoolean()) {
                insurer = approved.subtract(staffShare).multiply(BigDecimal.valueOf(30 + random.nextInt(31)))
                        .movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            }
            satisfaction = 2 + random.nextInt(4);
        }
        return new Object[] {id, String.format("CL%08d", id), orderId, outlet.id(), kind, reportedAt, estimate, claimed,
                approved, staffShare, insurer, approver, status, decidedAt, satisfaction,
                decidedAt != null ? decidedAt : reportedAt};
    }

    /** A complaint, answered mostly within the policy's limits (soft 15/30 minutes, hard 1/3 hours). */
    private Object[] complaint(int customer, long orderId, Outlet outlet, LocalDateTime completedAt) {
        LocalDateTime received = completedAt.plusMinutes(30 + random.nextInt(3 * 24 * 60));
        if (received.isAfter(endOfHistory)) {
            return null;
        }
        long id = nextComplaintId++;
        boolean soft = random.nextInt(100) < 70;
        int firstLimit = soft ? 15 : 60;
        int secondLimit = soft ? 30 : 180;
        LocalDateTime first = received.plusMinutes(random.nextInt(100) < 85
                ? 1 + random.nextInt(firstLimit) : firstLimit + 1 + random.nextInt(firstLimit * 3));
        LocalDateTime second = received.plusMinutes(random.nextInt(100) < 80
                ? firstLimit + random.nextInt(secondLimit - firstLimit + 1) : secondLimit + 1 + random.nextInt(240));
        LocalDateTime resolved = second.plusHours(1 + random.nextInt(72));
        LocalDateTime followUp = random.nextInt(100) < 5 ? null : resolved.plusHours(random.nextInt(100) < 85
                ? 1 + random.nextInt(23) : 25 + random.nextInt(48));
        if (resolved.isAfter(endOfHistory)) {
            resolved = null;
            followUp = null;
        } else if (followUp != null && followUp.isAfter(endOfHistory)) {
            followUp = null;
        }
        if (second.isAfter(endOfHistory)) {
            second = null;
        }
        if (first.isAfter(endOfHistory)) {
            first = null;
        }
        String outcome = resolved == null ? null
                : List.of("re-service", "partial refund", "apology", "no fault found").get(random.nextInt(4));
        LocalDateTime updated = followUp != null ? followUp : resolved != null ? resolved
                : second != null ? second : first != null ? first : received;
        return new Object[] {id, String.format("CP%08d", id), customer + 1L, orderId, outlet.id(),
                soft ? "soft" : "hard", received, first, second, resolved, followUp, outcome, updated};
    }

    // ---- attendance, payroll, expenses -----------------------------------------------------------------------

    private void attendance() {
        progress.begin("generating attendance");
        for (Staff s : staff) {
            progress.rows(counts.getOrDefault(SourceTable.ATTENDANCE, 0L));
            LocalDate from = s.hiredOn().isBefore(firstDay) ? firstDay : s.hiredOn();
            LocalDate to = s.leftOn() == null ? lastDay : s.leftOn();
            String spell = null;
            int spellLeft = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                if (spellLeft == 0) {
                    int r = random.nextInt(1000);
                    if (r < 8) {
                        spell = "personal_leave";
                        spellLeft = 1 + random.nextInt(4);
                    } else if (r < 14) {
                        spell = "sick_leave";
                        spellLeft = 1 + random.nextInt(6);
                    } else if (r < 17) {
                        spell = "absent";
                        spellLeft = 1;
                    } else {
                        spell = null;
                    }
                }
                String status = spell == null ? "present" : spell;
                if (spellLeft > 0) {
                    spellLeft--;
                }
                BigDecimal hours = status.equals("present") ? new BigDecimal(6 + random.nextInt(5)).setScale(2)
                        : BigDecimal.ZERO.setScale(2);
                emit(SourceTable.ATTENDANCE, new Object[] {s.id(), day, status, hours, day.atTime(20, 0)}, false);
            }
        }
        progress.accept(String.format(Locale.ROOT, "attendance: %,d rows",
                counts.getOrDefault(SourceTable.ATTENDANCE, 0L)));
    }

    private void payroll() {
        long id = 1;
        for (Staff s : staff) {
            for (LocalDate month = firstDay.withDayOfMonth(1); !month.isAfter(lastDay); month = month.plusMonths(1)) {
                LocalDate monthEnd = month.plusMonths(1).minusDays(1);
                LocalDate from = s.hiredOn().isAfter(month) ? s.hiredOn() : month;
                LocalDate to = s.leftOn() != null && s.leftOn().isBefore(monthEnd) ? s.leftOn() : monthEnd;
                if (from.isAfter(to) || monthEnd.isAfter(lastDay) && to.isAfter(lastDay)) {
                    continue;
                }
                BigDecimal share = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1)
                        .divide(BigDecimal.valueOf(month.lengthOfMonth()), 6, RoundingMode.HALF_UP);
                BigDecimal gross = s.baseWage().multiply(share).add(money(random.nextInt(600)))
                        .setScale(2, RoundingMode.HALF_UP);
                emit(SourceTable.PAYROLL, new Object[] {id++, s.id(), s.outlet().id(), month, gross,
                        entered(monthEnd.plusDays(5).atTime(18, 0))}, false);
            }
        }
    }

    /**
     * When a month's books were entered: a few days after it, but never after the history's last moment, since a
     * source cannot hold a row changed in its future (the last month's are entered by then).
     */
    private LocalDateTime entered(LocalDateTime usually) {
        return usually.isAfter(endOfHistory) ? endOfHistory : usually;
    }

    private void expenses() {
        long id = 1;
        List<String> categories = List.of("rent", "utilities", "materials", "transport", "phone", "insurance", "other");
        int[] base = {20000, 1800, 2500, 1500, 500, 1800, 800};
        for (LocalDate month = firstDay.withDayOfMonth(1); !month.isAfter(lastDay); month = month.plusMonths(1)) {
            LocalDate monthEnd = month.plusMonths(1).minusDays(1);
            if (monthEnd.isAfter(lastDay)) {
                break;
            }
            for (Outlet outlet : outlets) {
                if (!outlet.openOn(month) && !outlet.openOn(monthEnd)) {
                    continue;
                }
                double size = 0.4 + outlet.weight();
                for (int k = 0; k < categories.size(); k++) {
                    BigDecimal amount = money(base[k] * size * (0.85 + 0.3 * random.nextDouble()));
                    emit(SourceTable.OUTLET_EXPENSE, new Object[] {id++, outlet.id(), month, categories.get(k), amount,
                            entered(monthEnd.plusDays(3).atTime(17, 0))}, false);
                }
            }
            BigDecimal hq = money(9000 * outlets.size() * (0.9 + 0.2 * random.nextDouble()));
            emit(SourceTable.HQ_EXPENSE, new Object[] {(long) ChronoUnit.MONTHS.between(firstDay.withDayOfMonth(1),
                    month) + 1, month, hq, entered(monthEnd.plusDays(4).atTime(17, 0))}, false);
        }
    }

    // ---- small helpers ---------------------------------------------------------------------------------------

    private String personName() {
        return Catalogue.SURNAMES.get(random.nextInt(Catalogue.SURNAMES.size()))
                + Catalogue.GIVEN.get(random.nextInt(Catalogue.GIVEN.size()));
    }

    private LocalDateTime atWorkHour(LocalDate day) {
        return day.atTime(LocalTime.of(9 + random.nextInt(9), random.nextInt(60)));
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
