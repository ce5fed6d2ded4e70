import Testing

@testable import Markdown

@Suite("Task lists")
struct TaskListTests {
    @Test func taskListsHaveNoUnlabeledCheckboxes() {
        let page = render("- [x] Vergunning aangevraagd\n- [ ] Buren ingelicht\n- Gewoon punt\n")
        #expect(!page.html.contains("<input"))
        #expect(page.html.contains(#"<ul class="task-list">"#))
        #expect(
            page.html.contains(
                #"<li class="task-list-item">"# + "\n" + TaskListRendering.doneMarker + "Vergunning aangevraagd\n</li>")
        )
        #expect(page.html.contains(TaskListRendering.todoMarker + "Buren ingelicht"))
        #expect(page.html.contains("<li>\nGewoon punt\n</li>"))
        #expect(page.html.contains(#"<span class="visually-hidden">Gedaan: </span>"#))
        #expect(page.html.contains(#"<span class="visually-hidden">Nog te doen: </span>"#))
        #expect(!page.html.contains("<p>"), "tight lists have no paragraphs")
        #expect(page.plainText == "Vergunning aangevraagd Buren ingelicht Gewoon punt")
    }

    @Test func looseAndOrderedAndNestedTaskLists() {
        let source = """
            3. [ ] Eerste

            4. [X] Tweede
               - [ ] Binnen
               - gewoon
            """
        let page = render(source)
        #expect(!page.html.contains("<input"))
        #expect(page.html.contains(#"<ol class="task-list" start="3">"#))
        #expect(page.html.contains("<p>" + TaskListRendering.todoMarker + "Eerste</p>"))
        #expect(page.html.contains("<p>" + TaskListRendering.doneMarker + "Tweede</p>"))
        #expect(page.html.contains(TaskListRendering.todoMarker + "Binnen\n</li>"))
        #expect(page.html.components(separatedBy: #"class="task-list""#).count == 3)
        #expect(page.html.hasSuffix("</ol>\n"))
    }

    @Test func linksInTaskItemsAreStillResolved() {
        let page = render("- [ ] Lees [afval](afval.md)\n")
        #expect(page.html.contains(#"Lees <a href="../afval/">afval</a>"#))
    }
}
