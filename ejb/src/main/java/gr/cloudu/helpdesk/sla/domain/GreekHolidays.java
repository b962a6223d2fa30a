package gr.cloudu.helpdesk.sla.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Greek public holidays on which the company does not work, computed for any year: the fixed ones and
 * those that move with Orthodox Easter (Clean Monday, Good Friday, Easter Monday, Whit Monday).
 *
 * <p>Computed rather than typed in, so no one has to remember to enter next year's dates; checked against
 * the published dates in the tests. (Jollyday would bring an XML-binding stack into the EAR for twelve rules.)
 */
public final class GreekHolidays {

    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private GreekHolidays() {
    }

    /** The holidays of a year, in date order, each with its English name. */
    public static Map<LocalDate, String> of(int year) {
        return BY_YEAR.computeIfAbsent(year, GreekHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int year) {
        LocalDate easter = orthodoxEaster(year);
        Map<LocalDate, String> days = new LinkedHashMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
        days.put(LocalDate.of(year, Month.JANUARY, 6), "Epiphany");
        days.put(easter.minusDays(48), "Clean Monday");
        days.put(LocalDate.of(year, Month.MARCH, 25), "Independence Day");
        days.put(easter.minusDays(2), "Orthodox Good Friday");
        days.put(easter.plusDays(1), "Orthodox Easter Monday");
        days.merge(LocalDate.of(year, Month.MAY, 1), "Labour Day", (a, b) -> a + ", " + b);
        days.put(easter.plusDays(50), "Whit Monday");
        days.put(LocalDate.of(year, Month.AUGUST, 15), "Dormition of the Virgin Mary");
        days.put(LocalDate.of(year, Month.OCTOBER, 28), "Ochi Day");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "Synaxis of the Mother of God");
        Map<LocalDate, String> sorted = new LinkedHashMap<>();
        days.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    /**
     * Orthodox Easter Sunday in the Gregorian calendar: Meeus' algorithm for the Julian calendar, then the
     * Julian-to-Gregorian offset of the century (13 days from 1900 to 2099).
     */
    public static LocalDate orthodoxEaster(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        int julianToGregorian = year / 100 - year / 400 - 2;
        return LocalDate.of(year, month, day).plusDays(julianToGregorian);
    }
}
