package difftest;

import java.io.*;
import java.util.*;
import java.util.stream.*;
/**
 * Input: System.in through InputStreamReader (UTF-8) and BufferedReader (readLine, lines), and Scanner over a
 * string (tokens, lines, numbers with group separators, the JDK's exceptions). DifferentialTest feeds stdin.
 */
public class p198_StdinReaders {
    public static void main(String[] a) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String first = br.readLine();
        System.out.println("first line: [" + first + "]");
        int n = Integer.parseInt(br.readLine().trim());
        long sum = 0;
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(br.readLine());
            while (st.hasMoreTokens()) sum += Long.parseLong(st.nextToken());
        }
        System.out.println("sum " + sum);
        String rest = br.lines().map(String::toUpperCase).collect(Collectors.joining("|"));
        System.out.println("rest " + rest);
        System.out.println(br.readLine());
        Scanner sc = new Scanner("12 abc 3.5 true\nline two\n  7,000 -4 99999999999 x");
        System.out.println(sc.nextInt() + " " + sc.next() + " " + sc.nextDouble() + " " + sc.nextBoolean());
        System.out.println("[" + sc.nextLine() + "] [" + sc.nextLine() + "]");
        System.out.println(sc.hasNextInt() + " " + sc.nextInt() + " " + sc.nextInt());
        try { sc.nextInt(); } catch (InputMismatchException e) { System.out.println(e); }
        System.out.println(sc.hasNextLong() + " " + sc.nextLong());
        try { sc.nextInt(); } catch (InputMismatchException e) { System.out.println(e); }
        System.out.println(sc.next() + " " + sc.hasNext() + " " + sc.hasNextLine());
        try { sc.next(); } catch (NoSuchElementException e) { System.out.println(e); }
        try { sc.nextLine(); } catch (NoSuchElementException e) { System.out.println(e); }
        sc.close();
        try { sc.next(); } catch (IllegalStateException e) { System.out.println(e); }
        Scanner s2 = new Scanner("a\r\nb\rc\n\nd");
        while (s2.hasNextLine()) System.out.println("<" + s2.nextLine() + ">");
        BufferedReader r2 = new BufferedReader(new StringReader("x\r\ny\rz\n"));
        String l; while ((l = r2.readLine()) != null) System.out.println("{" + l + "}");
        System.out.println(new String(new byte[] {(byte) 0xc3, (byte) 0xa9}, "UTF-8"));
    }
}
