package os2.user.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/** Copies console input to the console, line by line, until the end of input (Ctrl-D); prints the count. */
public final class Cat {
    private Cat() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int lines = 0;
        for (String line; (line = in.readLine()) != null; lines++) {
            System.out.println(line);
        }
        System.out.println("cat: " + lines + " lines");
    }
}
