using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>
/// Places that are not parties: the dateline a story was filed under, a capital named as the place someone went to or
/// came from, the countries of a movement or route list and a third country in a background policy sentence; and the
/// capital that stands for its government, which is a party.
/// </summary>
public class PartnerPlaceUseTests
{
    [Theory]
    [InlineData("Tunis (Tunisia), 28 February 2025 - Libyan and Italian officials signed an agreement on Monday to train Libyan coast guard crews against migrant smuggling.", "tunisia")]
    [InlineData("CAIRO, March 3 (Reuters) - Libyan and Italian officials signed an agreement on Monday to train Libyan coast guard crews against migrant smuggling.", "egypt")]
    [InlineData("Le Caire, 5 mars - Les ministres de l'Intérieur libyen et italien ont signé un accord de coopération contre le trafic de migrants et la formation des garde-côtes.", "egypt")]
    [InlineData("Tunisi, 12 marzo - Il ministro dell'Interno italiano e il suo omologo libico hanno firmato un accordo sulla formazione della Guardia costiera libica contro il traffico di migranti.", "tunisia")]
    [InlineData("تونس - وقع وزير الداخلية الليبي والسفير الإيطالي مذكرة تفاهم لمكافحة تهريب المهاجرين وتدريب خفر السواحل.", "tunisia")]
    public void Country_In_The_Dateline_Is_Not_A_Partner(string lead, string place)
    {
        var result = TestClassifier.Article("Libya and Italy sign coast guard deal", lead);

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.Partners, p => p.Id == place);
    }

    [Theory]
    [InlineData("Libyan prosecutors returned from Tunis on Sunday, where they attended a UNODC course on human trafficking cases.", "tunisia")]
    [InlineData("The head of Libya's Anti-Narcotics Agency flew to Rome on Monday and signed a memorandum with UNODC on drug trafficking.", "italy")]
    [InlineData("Des procureurs libyens ont suivi à Tunis un atelier de l'ONUDC sur la traite des êtres humains.", "tunisia")]
    [InlineData("Des procureurs libyens sont rentrés de Tunis, où ils ont suivi un atelier de l'ONUDC sur la traite des êtres humains.", "tunisia")]
    [InlineData("وعاد وفد النيابة الليبية من القاهرة حيث شارك في دورة تدريبية لمكتب الأمم المتحدة المعني بالمخدرات والجريمة حول الاتجار بالبشر.", "egypt")]
    public void Capital_Named_As_The_Place_Someone_Went_To_Or_Came_From_Is_Not_A_Partner(string lead, string country)
    {
        var result = TestClassifier.Article("Libyan prosecutors trained on trafficking cases", lead);

        Assert.Contains(result.Partners, p => p.Id == "unodc");
        Assert.DoesNotContain(result.Partners, p => p.Id == country);
    }

    [Theory]
    [InlineData("Rome and Tripoli signed a protocol on Monday on training the Libyan coast guard against migrant smuggling.", "italy")]
    [InlineData("Tunis et Tripoli renforcent la coordination sécuritaire au poste frontalier de Ras Jedir contre la contrebande.", "tunisia")]
    public void Capital_Acting_As_Its_Government_Is_A_Partner(string lead, string country)
    {
        var result = TestClassifier.Article("Libya steps up border and coast guard cooperation", lead);

        Assert.Contains(result.Partners, p => p.Id == country);
    }

    [Theory]
    [InlineData("Libya and Chad agreed on Monday to set up a joint border force, as militants move between Libya, Niger, Chad and Sudan.", "niger", "sudan")]
    [InlineData("Libya and Chad agreed on Monday to set up a joint border force against smugglers who travel through Niger and Sudan.", "niger", "sudan")]
    [InlineData("Libya and Chad agreed on Monday to set up a joint border force to stop weapons crossing from Sudan and fuel smuggled into Niger.", "sudan", "niger")]
    public void Countries_Of_A_Movement_Or_Route_List_Are_Not_Partners(string lead, string first, string second)
    {
        var result = TestClassifier.Article("Libya and Chad agree joint border force", lead);

        Assert.Contains(result.Partners, p => p.Id == "chad");
        Assert.DoesNotContain(result.Partners, p => p.Id == first);
        Assert.DoesNotContain(result.Partners, p => p.Id == second);
    }

    [Fact]
    public void Plain_Between_Still_Lists_The_Parties()
    {
        var result = TestClassifier.Article(
            "Talks on migrant smuggling in Tripoli",
            "Talks between Libya, Malta and Italy on migrant smuggling and coast guard cooperation opened in Tripoli on Monday.");

        Assert.Contains(result.Partners, p => p.Id == "malta");
        Assert.Contains(result.Partners, p => p.Id == "italy");
    }

    [Fact]
    public void Third_Country_Located_In_A_Policy_Sentence_Is_Not_A_Partner()
    {
        var result = TestClassifier.Article(
            "Italy hands over patrol boats to Libya",
            "Italy handed over four patrol boats to the Libyan coast guard in Tripoli on Monday to fight migrant smuggling. " +
            "Italy has sought closer cooperation with authorities in both Libya and Tunisia on migration.");

        Assert.Contains(result.Partners, p => p.Id == "italy");
        Assert.DoesNotContain(result.Partners, p => p.Id == "tunisia");
    }

    [Theory]
    [InlineData("Libya and Spain seized eleven tonnes of hashish on Monday in a joint investigation into a network that shipped hashish from Morocco and Algeria.", "spain", "morocco")]
    [InlineData("EUBAM Libya trained Libyan customs officers on Monday who work at the Ras Jedir and Wazin crossings with Tunisia.", "eubam", "tunisia")]
    public void Where_Goods_Come_From_Or_A_Crossing_Leads_Is_Not_A_Partner(string lead, string partner, string place)
    {
        var result = TestClassifier.Article("Libya steps up cooperation against smuggling", lead);

        Assert.Contains(result.Partners, p => p.Id == partner);
        Assert.DoesNotContain(result.Partners, p => p.Id == place);
    }

    [Theory]
    [InlineData("Libye : Khalifa Haftar reçoit une délégation militaire russe à Benghazi",
        "Le maréchal Khalifa Haftar a reçu mardi à Benghazi une délégation du ministère russe de la Défense. Les entretiens ont porté sur la lutte contre le terrorisme et la sécurisation des frontières sud du pays, longues de plusieurs milliers de kilomètres avec le Soudan, le Tchad et le Niger.",
        "russia")]
    [InlineData("الولايات المتحدة تسلم وزارة الداخلية سيارات لتأمين الحدود",
        "سلمت السفارة الأمريكية وزارة الداخلية الليبية سيارات ومعدات لتأمين الحدود ومكافحة التهريب. وقال رئيس الإدارة العامة لأمن المنافذ إن الأجهزة ستسمح بتسيير دوريات ليلية على الشريط الحدودي مع الجزائر والنيجر.",
        "us")]
    public void A_List_Of_Neighbours_Along_A_Border_Names_Places_Not_Partners(string title, string text, string partner)
    {
        var result = TestClassifier.Article(title, text);

        Assert.Contains(result.Partners, p => p.Id == partner);
        Assert.DoesNotContain(result.Partners, p => p.Id is "sudan" or "chad" or "niger" or "algeria");
    }

    [Fact]
    public void A_Clause_After_A_Place_Still_Names_Its_Partner()
    {
        var result = TestClassifier.Article(
            "Libyan and Italian police dismantle drug network",
            "Police in Libya and Italy dismantled a drug trafficking network on Tuesday in an operation coordinated by INTERPOL. " +
            "In Italy, the Guardia di Finanza searched premises in Palermo linked to the network's shipments of cannabis resin.");

        Assert.Contains(result.Partners, p => p.Id == "italy");
    }
}
