package dev.aura.plugins.prompts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report parsed back as a CI server parses it. */
class JunitReportTest {
    private static Document write(RunReport report) throws Exception {
        StringWriter out = new StringWriter();
        new JunitReport().write(report, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneSuitePerPromptAndProviderWithCounts() throws Exception {
        Document xml = write(ReportSamples.report());

        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("8");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("errors")).isEqualTo("2");
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        Element first = (Element) suites.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("greetings.yaml / short / Llama");
        assertThat(first.getAttribute("tests")).isEqualTo("2");
        assertThat(first.getAttribute("failures")).isEqualTo("1");
        assertThat(first.getAttribute("errors")).isEqualTo("0");
        assertThat(first.getAttribute("time")).isEqualTo("1.500");
        Element second = (Element) suites.item(1);
        assertThat(second.getAttribute("name")).isEqualTo("greetings.yaml / short / ollama:chat:qwen3");
        assertThat(second.getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void testcasesCarryFailuresAndErrorsWithTheirReasonAndSecondsAsTime() throws Exception {
        Document xml = write(ReportSamples.report());

        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(8);
        Element passed = (Element) cases.item(0);
        assertThat(passed.getAttribute("name")).isEqualTo("greets");
        assertThat(passed.getAttribute("time")).isEqualTo("0.250");
        assertThat(passed.getChildNodes().getLength()).isZero();
        Element failed = (Element) cases.item(1);
        assertThat(failed.getAttribute("name")).isEqualTo("test 2");
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("Expected output to contain \"Hello\"");
        assertThat(failure.getTextContent()).contains("Bye, Bo").doesNotContain("\u0007");
        assertThat(xml.getElementsByTagName("error").getLength()).isEqualTo(2);
        assertThat(((Element) xml.getElementsByTagName("error").item(0)).getAttribute("message"))
                .contains("ollama pull qwen3");
    }
}
