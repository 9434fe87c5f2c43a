package nashir.compose;

/**
 * Turns a story into the text of a post by a schedule's rules. Can be built without Spring.
 * (Being implemented: signatures are the contract.)
 */
@org.springframework.stereotype.Component
public class PostComposer {

	public ComposedPost compose(Story story, ComposeRules rules, String account) {
		throw new UnsupportedOperationException("not yet implemented");
	}

}
