package os2.user.net;

/**
 * The status page's two renderings of a {@link Status}: JSON ({@code /status.json}) and
 * HTML with tables and a live SVG chart that a small script keeps current by polling
 * the JSON (httpd serves both).
 */
public final class StatusPage {
    private StatusPage() {
    }

    /** Writes the JSON object into b: every counter (numbers as numbers), "tasks" and "connections" arrays. */
    public static ByteText json(Status s, long served, ByteText b) {
        b.append('{');
        for (int i = 0; i < s.keys.size(); i++) {
            b.append('"').append(s.keys.get(i)).append("\":");
            value(b, s.values.get(i));
            b.append(',');
        }
        b.append("\"http_requests\":").append(served).append(",\"tasks\":[");
        for (int i = 0; i < s.tasks.size(); i++) {
            String[] t = s.tasks.get(i);
            b.append(i == 0 ? "" : ",").append("{\"id\":").append(t[0]).append(",\"state\":\"").append(t[1])
                    .append("\",\"capabilities\":").append(t[2]).append(",\"regions\":").append(t[3])
                    .append(",\"name\":");
            string(b, t[4]);
            b.append('}');
        }
        b.append("],\"connections\":[");
        for (int i = 0; i < s.connections.size(); i++) {
            String[] c = s.connections.get(i);
            b.append(i == 0 ? "" : ",").append("{\"local_port\":").append(c[0]).append(",\"remote\":\"").append(c[1])
                    .append("\",\"state\":\"").append(c[2]).append("\",\"unacked\":").append(c[3]).append('}');
        }
        return b.append("]}\n");
    }

    private static void value(ByteText b, String v) {
        boolean number = !v.isEmpty();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            number &= c >= '0' && c <= '9' || (i == 0 && c == '-' && v.length() > 1);
        }
        if (number) {
            b.append(v);
        } else {
            string(b, v);
        }
    }

    private static void string(ByteText b, String v) {
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;background:#fafafa;color:#222}"
            + "table{border-collapse:collapse;margin:0 2em 1em 0;display:inline-table;vertical-align:top}"
            + "td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}th{background:#eee}"
            + "td.n{text-align:right;font-family:monospace}svg{background:#fff;border:1px solid #ccc}";

    /** Redraws the counters, tables and chart from /status.json every second. */
    private static final String SCRIPT = "var hist=[];"
            + "function row(c){return '<tr>'+c.map(function(x){return '<td>'+String(x).replace(/</g,'&lt;')+'</td>';}).join('')+'</tr>';}"
            + "function poll(){fetch('/status.json').then(function(r){return r.json();}).then(function(s){"
            + "var k=Object.keys(s).filter(function(x){return typeof s[x]!=='object';});"
            + "document.getElementById('counters').innerHTML='<tr><th>counter</th><th>value</th></tr>'+k.map(function(x){return row([x,s[x]]);}).join('');"
            + "document.getElementById('tasks').innerHTML='<tr><th>id</th><th>state</th><th>capabilities</th><th>regions</th><th>name</th></tr>'+s.tasks.map(function(t){return row([t.id,t.state,t.capabilities,t.regions,t.name]);}).join('');"
            + "document.getElementById('conns').innerHTML='<tr><th>local port</th><th>remote</th><th>state</th><th>unacked</th></tr>'+s.connections.map(function(c){return row([c.local_port,c.remote,c.state,c.unacked]);}).join('');"
            + "hist.push(s);if(hist.length>60)hist.shift();draw();}).catch(function(){});}"
            + "function line(f,color){var v=hist.map(f),m=Math.max.apply(null,v.concat([1]));"
            + "return '<polyline fill=\"none\" stroke=\"'+color+'\" stroke-width=\"2\" points=\"'+v.map(function(y,i){return (i*10)+','+(115-110*y/m);}).join(' ')+'\"/>';}"
            + "function draw(){document.getElementById('chart').innerHTML=line(function(s){return s.heap_live;},'#c33')"
            + "+line(function(s){return s.frames_total-s.frames_free;},'#36c')+line(function(s){return s.net_frames_in||0;},'#3a3');}"
            + "setInterval(poll,1000);poll();";

    /** Writes the page into b: server-rendered tables (it reads well without scripts) and the live chart. */
    public static ByteText html(Status s, long served, ByteText b) {
        b.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OS2 status</title><style>")
                .append(STYLE).append("</style></head><body><h1>OS2 status</h1>")
                .append("<p>Served by httpd, a Java user program, through the kernel's TCP/IP stack. Refreshes every second.</p>")
                .append("<table id=\"counters\"><tr><th>counter</th><th>value</th></tr>");
        for (int i = 0; i < s.keys.size(); i++) {
            b.append("<tr><td>").html(s.keys.get(i)).append("</td><td class=\"n\">").html(s.values.get(i))
                    .append("</td></tr>");
        }
        b.append("<tr><td>http_requests</td><td class=\"n\">").append(served).append("</td></tr></table>");
        b.append("<table id=\"tasks\"><tr><th>id</th><th>state</th><th>capabilities</th><th>regions</th><th>name</th></tr>");
        for (int i = 0; i < s.tasks.size(); i++) {
            String[] t = s.tasks.get(i);
            b.append("<tr>");
            for (int j = 0; j < t.length; j++) {
                b.append("<td>").html(t[j]).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table><table id=\"conns\"><tr><th>local port</th><th>remote</th><th>state</th><th>unacked</th></tr>");
        for (int i = 0; i < s.connections.size(); i++) {
            String[] c = s.connections.get(i);
            b.append("<tr>");
            for (int j = 0; j < c.length; j++) {
                b.append("<td>").html(c[j]).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table><h2>Last minute</h2><p><span style=\"color:#c33\">kernel heap live</span>, ")
                .append("<span style=\"color:#36c\">used frames</span>, <span style=\"color:#3a3\">frames received</span>")
                .append(" (each scaled to its maximum)</p><svg id=\"chart\" width=\"600\" height=\"120\"></svg><script>")
                .append(SCRIPT).append("</script></body></html>\n");
        return b;
    }
}
