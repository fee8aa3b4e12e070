package app.frontline;

import app.frontline.demo.GenerateCommand;
import app.frontline.ingest.ImportCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FrontlineApplication {

    /**
     * Starts the web application, or runs a command given as the first argument:
     * {@code generate} (demo NDJSON, no Spring) or {@code import FILE...} (Spring without the web).
     */
    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "generate" -> System.exit(GenerateCommand.run(rest));
            case "import" -> System.exit(ImportCommand.run(FrontlineApplication.class, rest));
            default -> SpringApplication.run(FrontlineApplication.class, args);
        }
    }
}
