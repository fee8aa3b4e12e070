package app.frontline;

import app.frontline.demo.GenerateCommand;
import app.frontline.ingest.ImportCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FrontlineApplication {

    /**
     * Starts the web application, or runs a command: {@code generate} (demo NDJSON, no Spring) or
     * {@code import FILE...} (Spring without a web server), found wherever Spring-style options
     * stand ({@code --frontline.store.data-dir=D import FILE} as well as {@code import FILE --...}).
     */
    public static void main(String[] args) {
        Optional<Integer> exit = runCommand(args, System.err);
        if (exit.isPresent()) {
            System.exit(exit.get());
        }
        SpringApplication.run(FrontlineApplication.class, args);
    }

    /**
     * The command's exit code, or empty when there is no command (start the web application). The
     * command is the first argument that is no {@code --option}, as Spring's
     * {@link DefaultApplicationArguments#getNonOptionArgs()} sees it; an unknown word there is an
     * error, never a silent start of the web server.
     */
    static Optional<Integer> runCommand(String[] args, PrintStream err) {
        List<String> words = new DefaultApplicationArguments(args).getNonOptionArgs();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String command = words.getFirst();
        List<String> rest = new ArrayList<>(List.of(args));
        rest.remove(command);
        String[] others = rest.toArray(String[]::new);
        return Optional.of(switch (command) {
            case "generate" -> GenerateCommand.run(others);
            case "import" -> ImportCommand.run(FrontlineApplication.class, others);
            default -> {
                err.println("unknown command '" + command + "'. Usage: java -jar frontline.jar [--spring.option=value...] "
                        + "[import FILE... | generate [--option value...]]; without a command the web application starts.");
                yield ImportCommand.ERROR;
            }
        });
    }
}
