using System.Buffers;
using System.Text.RegularExpressions;

namespace Monitor.Classify.Rules;

/// <summary>
/// Arabic titles and the 2-4 word name they introduce: "اللواء خالد المبروك", "وزير الداخلية بحكومة الوحدة الوطنية،
/// عماد الطرابلسي", "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة". Arabic has no capitals, so the office's complement
/// is told from the name by its shape: complement words carry the article (ال) or are institution nouns, a name's first
/// word does not; after a comma the name may be anything but a stop word. Names end before prepositions, time words
/// and the verbs and nouns that usually follow them.
/// </summary>
internal static class ArabicPeoplePattern
{
    private const string Letters = @"\u0621-\u064A\u064B-\u0652\u0670\u0671-\u06D3";
    private const string Word = @"[\u0621-\u063A\u0641-\u064A\u0671-\u06D3][" + Letters + "]*";
    private const string End = "(?![" + Letters + "])";

    /// <summary>Words that end a name or an office: prepositions, time words, verbs and nouns that follow names.</summary>
    private const string Stop =
        "(?:في|فى|من|إلى|الى|إلي|على|علي|عن|مع|خلال|اليوم|أمس|امس|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|" +
        "الجمعة|السبت|الأحد|الاحد|صباح|مساء|وفدا|وفداً|وفد|بمقر|مقر|لدى|لدي|إن|أن|ان|إنه|أنه|انه|الذي|التي|و|ثم|حيث|كما|" +
        "بعد|قبل|التقى|التقت|استقبل|استقبلت|بحث|بحثت|وقع|وقعت|أكد|اكد|قال|أعلن|اعلن|يرافقه|برفقة|بحضور|رفقة|نظيره|" +
        "نظيرته|والوفد|وفي|ومن|وعدد|عدد|لبحث|لمناقشة|حول|بشأن|بشان|هذا|هذه|ذلك|تلك|وزير|الوزير|سفير|السفير|رئيس|مدير|" +
        "آمر|امر|قائد|المبعوث|السيد|اللواء|العميد|العقيد|الفريق|المقدم|الرائد|النقيب|الدكتور|المستشار)" + End;

    /// <summary>Institution nouns of an office's complement ("بحكومة", "جهاز"); never a person's first name.</summary>
    private const string Institution =
        "(?:حكومة|وزارة|جهاز|إدارة|ادارة|مصلحة|قوة|قوات|رئاسة|هيئة|مجلس|منطقة|شؤون|أمن|امن|مكتب|مركز|قسم|فرع|" +
        "مديرية|مكافحة|دولة|بعثة|غرفة|أركان|اركان|حرس|خفر|سواحل|جمعية|منظمة|لجنة|مفوضية|وحدة|كتيبة|لواء|اللواء)" + End;

    /// <summary>Titles that name an office and so may carry a complement before the name ("وزير الداخلية بحكومة ...").</summary>
    private static readonly HashSet<string> s_offices = new(StringComparer.Ordinal)
    {
        "وزير", "الوزير", "وزيرة", "سفير", "السفير", "سفيرة", "رئيس", "مدير", "آمر", "قائد", "المبعوث", "مبعوث",
    };

    private const string NamePart = "(?!" + Stop + ")(?!" + Institution + ")" + Word + End;
    private const string Glue = @"(?:(?:عبد|أبو|ابو|بن)\s+)";

    /// <summary>A given name (optionally "عبد ..."), a second name, then up to two more that are family or "عبد"/"بن" names.</summary>
    private const string Name =
        Glue + "?" + NamePart + @"\s+" + Glue + "?" + NamePart +
        @"(?:\s+(?:(?:عبد|بن)\s+" + NamePart + "|(?=ال)" + NamePart + ")){0,2}";

    private const string ComplementStart = @"(?:(?=ال)" + Word + "|[بل]?" + Institution + @"|لدى\s+" + Word + ")" + End;
    private const string ComplementMore = @"(?:(?!" + Stop + ")" + Word + @"|لدى\s+" + Word + ")" + End;

    public static PeoplePattern? Build(IEnumerable<string> titles)
    {
        var list = titles.Where(t => t.Length > 0).OrderByDescending(t => t.Length).ToArray();
        if (list.Length == 0)
        {
            return null;
        }


        // A rank or honorific ("اللواء", "الدكتور") stands right before the name; only an office ("وزير الداخلية ...")
        // has a complement. Without this, "اللواء الزوي حرص الجهاز" would take "the agency's keenness" for a name.
        var ranks = list.Where(t => !s_offices.Contains(t)).ToArray();
        var offices = list.Where(s_offices.Contains).ToArray();
        var rankHead = $"(?<![{Letters}])(?:و|ف|ب|ل|لل|ول|وب)?(?<title>{string.Join('|', ranks.Select(Regex.Escape))}){End}";
        var officeHead = $"(?<![{Letters}])(?:و|ف|ب|ل|لل|ول|وب)?(?<title>{string.Join('|', offices.Select(Regex.Escape))}){End}";

        // "وزير الداخلية بحكومة الوحدة الوطنية، عماد الطرابلسي": the office, a comma, the name.
        var afterComma = $@"{officeHead}\s+{ComplementStart}(?:\s+{ComplementMore}){{0,7}}?\s*[،,]\s*(?<name>{Name})";

        // "اللواء خالد المبروك", "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة": the name right after the office.
        var direct = $@"{officeHead}(?:\s+(?:(?=ال){Word}|[بل]?{Institution}|لدى\s+{Word}){End}){{0,6}}?\s+(?<name>(?!ال){Name})";
        var ranked = $@"{rankHead}\s+(?<name>(?!ال){Name})";
        var alternatives = new[] { offices.Length > 0 ? afterComma : null, offices.Length > 0 ? direct : null, ranks.Length > 0 ? ranked : null }
            .Where(a => a is not null);
        return new PeoplePattern(
            new Regex(string.Join('|', alternatives), RegexOptions.Compiled | RegexOptions.CultureInvariant, PeoplePattern.MatchTimeout),
            NameHoldsNoTerm: true,
            SearchValues.Create(list, StringComparison.Ordinal),
            ArabicOnly: true);
    }
}
